package dev.joinery.processor.testing;

import com.google.testing.compile.Compilation;
import dev.joinery.meta.GeneratedSchema;
import dev.joinery.meta.TableMeta;
import dev.joinery.schema.SchemaDef;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * Loads the class files of a compilation (the records and everything generated for them), so
 * tests can look at the generated metadata as the runtime will. The runtime's own classes come
 * from the test's class loader, so a generated {@code XTable} is a {@link TableMeta}.
 */
public final class GeneratedClasses extends ClassLoader {
  private final Map<String, byte[]> classes = new HashMap<>();

  public GeneratedClasses(Compilation compilation) {
    super(GeneratedClasses.class.getClassLoader());
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String path = file.toUri().getPath();
        String name = path.substring(path.indexOf("CLASS_OUTPUT/") + "CLASS_OUTPUT/".length(),
            path.length() - ".class".length()).replace('/', '.');
        try (InputStream in = file.openInputStream()) {
          classes.put(name, in.readAllBytes());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }

  /** The value of a public static field of a generated class. */
  public Object staticField(String className, String field) {
    try {
      return loadClass(className).getField(field).get(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** {@code XTable.INSTANCE}. */
  public TableMeta<?> table(String tableClassName) {
    return (TableMeta<?>) staticField(tableClassName, "INSTANCE");
  }

  /** {@code JoinerySchema.DEFINITION}. */
  public SchemaDef schema(String packageName) {
    return (SchemaDef) staticField(packageName + ".JoinerySchema", "DEFINITION");
  }

  /** {@code JoinerySchema.tables()}. */
  @SuppressWarnings("unchecked")
  public List<TableMeta<?>> tables(String packageName) {
    try {
      return (List<TableMeta<?>>) loadClass(packageName + ".JoinerySchema").getMethod("tables").invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** {@code JoinerySchema.Tables}, the provider the ServiceLoader entry names. */
  public GeneratedSchema provider(String packageName) {
    try {
      return (GeneratedSchema) loadClass(packageName + ".JoinerySchema$Tables")
          .getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
