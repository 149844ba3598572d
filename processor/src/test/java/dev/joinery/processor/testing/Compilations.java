package dev.joinery.processor.testing;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.joinery.processor.JoineryProcessor;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/**
 * Compiles test sources with {@link JoineryProcessor} as a user's build would: every lint on
 * (but {@code processing}, which only says that nobody claimed the annotations), and without
 * the runtime's hand-written fixtures on the classpath, so that compiling the fixture records
 * generates the fixture classes afresh instead of colliding with them.
 */
public final class Compilations {
  private Compilations() {}

  public static final List<String> OPTIONS = List.of("-Xlint:all,-processing");

  public static Compilation compile(List<JavaFileObject> sources, String... options) {
    List<String> all = new ArrayList<>(OPTIONS);
    all.addAll(Arrays.asList(options));
    return Compiler.javac()
        .withProcessors(new JoineryProcessor())
        .withClasspath(classpathWithoutFixtures())
        .withOptions(all)
        .compile(sources);
  }

  /** Every {@code .java} file under a folder of {@code src/test/resources/shapes}. */
  public static List<JavaFileObject> shape(String folder) {
    URL url = Compilations.class.getResource("/shapes/" + folder);
    if (url == null) {
      throw new IllegalArgumentException("no shape " + folder);
    }
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted()
          .map(Compilations::source).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A record of the runtime's fixtures ({@code Customer}, {@code Address}). */
  public static JavaFileObject fixture(String simpleName) {
    return JavaFileObjects.forResource(Fixtures.resource(simpleName + ".java"));
  }

  private static JavaFileObject source(Path file) {
    try {
      return JavaFileObjects.forResource(file.toUri().toURL());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<File> classpathWithoutFixtures() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.endsWith("runtime" + File.separator + "target" + File.separator + "test-classes"))
        .filter(entry -> !(entry.contains("joinery-runtime") && entry.endsWith("-tests.jar")))
        .map(File::new)
        .toList();
  }
}
