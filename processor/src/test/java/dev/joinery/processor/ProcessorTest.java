package dev.joinery.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.joinery.meta.GeneratedSchema;
import dev.joinery.meta.TableColumn;
import dev.joinery.meta.TableMeta;
import dev.joinery.meta.ValueType;
import dev.joinery.processor.testing.Compilations;
import dev.joinery.processor.testing.GeneratedClasses;
import dev.joinery.schema.ColumnDef;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the processor behaves as part of a build: options, packages, rounds, files. */
class ProcessorTest {

  @Test
  void everySupportedTypeMapsAndRoundTrips() {
    Compilation compilation = Compilations.compile(Compilations.shape("types"));
    assertThat(compilation).succeededWithoutWarnings();
    GeneratedClasses classes = new GeneratedClasses(compilation);

    TableMeta<?> gadgets = classes.table("shapes.types.GadgetTable");
    assertThat(gadgets.columns()).hasSize(26);
    assertThat(gadgets.definition().column("price").orElseThrow())
        .isEqualTo(ColumnDef.of("price", ValueType.BIG_DECIMAL).withPrecision(10, 4));
    assertThat(gadgets.definition().column("cost").orElseThrow().precision()).isEqualTo(19);
    assertThat(gadgets.definition().column("instance").orElseThrow().defaultValue()).isEqualTo("0");
    assertThat(gadgets.definition().column("notes").orElseThrow().text()).isTrue();
    // A component named "instance" must not take the place of INSTANCE.
    assertThat(classes.staticField("shapes.types.GadgetTable", "INSTANCE_")).isNotNull();
    assertThat(classes.table("shapes.types.Gadget_PartTable").name()).isEqualTo("gadget_parts");
    assertThat(classes.table("shapes.types.Gadget_PartTable").definition()
        .column("gadget_count").orElseThrow().unsigned()).isTrue();

    Object gadget = construct(gadgets);
    Object[] components = deconstruct(gadgets, gadget);
    assertThat(components[0]).isEqualTo("A");
    assertThat(components[15]).isEqualTo(new BigDecimal("1.5"));
    assertThat(components[25]).isEqualTo(7);
    assertThat(deconstruct(gadgets, construct(gadgets, components))).isEqualTo(components);
    // Each column's wither replaces its component and keeps the others.
    Object[] changed = components.clone();
    changed[24] = "changed";
    assertThat(deconstruct(gadgets, with(gadgets, "notes", gadget, "changed"))).isEqualTo(changed);
    changed[25] = 8;
    assertThat(with(gadgets, "instance", with(gadgets, "notes", gadget, "changed"), 8))
        .isEqualTo(construct(gadgets, changed));
  }

  @Test
  void schemaGoesToTheCommonPackageOfTheRecords() {
    Compilation compilation = Compilations.compile(List.of(
        Compilations.shape("packages/a").get(0), Compilations.shape("packages/b").get(0)));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("shapes.packages.JoinerySchema");
  }

  @Test
  void schemaPackageOptionPlacesTheSchema() {
    Compilation compilation = Compilations.compile(Compilations.shape("customers"),
        "-Ajoinery.schemaPackage=com.example.db");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.example.db.JoinerySchema");
    assertThat(new GeneratedClasses(compilation).tables("com.example.db")).hasSize(2);
    // The ServiceLoader entry by which JoineryPlugin registers the records' row mappers.
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/services/dev.joinery.meta.GeneratedSchema")
        .contentsAsUtf8String()
        .isEqualTo("com.example.db.JoinerySchema$Tables\n");
  }

  @Test
  void schemaProviderListsTheDefinitionAndTheDaos() throws ClassNotFoundException {
    Compilation compilation = Compilations.compile(Compilations.shape("customers"));
    assertThat(compilation).succeededWithoutWarnings();
    GeneratedClasses classes = new GeneratedClasses(compilation);
    GeneratedSchema provider = classes.provider("shapes.customers");
    assertThat(provider.definition()).isSameInstanceAs(classes.schema("shapes.customers"));
    // Foreign-key order, as the tables: customers before the addresses that reference them.
    assertThat(provider.daos()).containsExactly(
        classes.loadClass("shapes.customers.CustomerDao"),
        classes.loadClass("shapes.customers.AddressDao")).inOrder();
  }

  @Test
  void quietUnlessVerbose() {
    Compilation quiet = Compilations.compile(Compilations.shape("customers"));
    assertThat(quiet).succeededWithoutWarnings();
    assertThat(quiet.notes()).isEmpty();

    Compilation verbose = Compilations.compile(Compilations.shape("customers"), "-Ajoinery.verbose=true");
    assertThat(verbose).succeededWithoutWarnings();
    assertThat(verbose).hadNoteContaining("Joinery: generated shapes.customers.CustomerTable");
    assertThat(verbose).hadNoteContaining("Joinery: generated shapes.customers.JoinerySchema");
  }

  @Test
  void declaresItsOptionsAndIncrementalKind() throws IOException {
    JoineryProcessor processor = new JoineryProcessor();
    assertThat(processor.getSupportedOptions()).containsExactly("joinery.verbose", "joinery.schemaPackage",
        "joinery.naming");
    assertThat(processor.getSupportedAnnotationTypes()).containsExactly("dev.joinery.annotation.Table");
    assertThat(processor.getSupportedSourceVersion()).isEqualTo(SourceVersion.latestSupported());
    try (InputStream in = JoineryProcessor.class.getResourceAsStream(
        "/META-INF/gradle/incremental.annotation.processors")) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim())
          .isEqualTo("dev.joinery.processor.JoineryProcessor,aggregating");
    }
  }

  /**
   * A record whose association target is generated by another processor is read in the round
   * the target appears, with it; the generated code compiles.
   */
  @Test
  void waitsForTypesThatAnotherProcessorGenerates() {
    JavaFileObject customer = JavaFileObjects.forSourceLines("shapes.later.Customer",
        "package shapes.later;",
        "",
        "import dev.joinery.annotation.HasOne;",
        "import dev.joinery.annotation.Id;",
        "import dev.joinery.annotation.Table;",
        "",
        "@Table",
        "public record Customer(@Id Long id, @HasOne Address address) {}");
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new JoineryProcessor(), new AddressGenerator())
        .withOptions(Compilations.OPTIONS)
        .compile(customer);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("shapes.later.CustomerTable");
    assertThat(compilation).generatedSourceFile("shapes.later.AddressTable");
    GeneratedClasses classes = new GeneratedClasses(compilation);
    assertThat(classes.schema("shapes.later").tables().get(1).foreignKeys()).hasSize(1);
  }

  /**
   * A record with a mistake generates nothing, and neither does a record pointing at it (its code
   * would not compile, an error that would hide the real one); unrelated records still generate.
   * Plain javac, because compile-testing hides generated files once a compilation failed.
   */
  @Test
  void aMistakeStopsItsRecordAndTheRecordsPointingAtIt(@TempDir Path out) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
      files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(Files.createDirectories(out.resolve("s"))));
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(Files.createDirectories(out.resolve("c"))));
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics,
          List.of("-proc:only", "-classpath", System.getProperty("java.class.path")), null, List.of(
              JavaFileObjects.forSourceLines("shapes.broken.Owner",
                  "package shapes.broken;",
                  "import dev.joinery.annotation.*;",
                  "@Table public record Owner(@Id Long id, @HasOne Pet pet) {}"),
              JavaFileObjects.forSourceLines("shapes.broken.Pet",
                  "package shapes.broken;",
                  "import dev.joinery.annotation.*;",
                  "@Table public record Pet(@Id Long id, Long ownerId, java.util.Map<String, String> tags) {}"),
              JavaFileObjects.forSourceLines("shapes.broken.Vet",
                  "package shapes.broken;",
                  "import dev.joinery.annotation.*;",
                  "@Table public record Vet(@Id Long id, String name) {}")));
      task.setProcessors(List.of(new JoineryProcessor()));
      assertThat(task.call()).isFalse();
    }
    assertThat(diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
        .map(d -> d.getMessage(null)).toList())
        .containsExactly(diagnostics.getDiagnostics().get(0).getMessage(null));
    assertThat(diagnostics.getDiagnostics().get(0).getMessage(null)).contains("Pet.tags");
    // javac runs no further round after one with errors, so there is no JoinerySchema either.
    try (Stream<Path> generated = Files.walk(out.resolve("s"))) {
      assertThat(generated.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList())
          .containsExactly("VetTable.java", "VetDao.java");
    }
  }

  private static Object construct(TableMeta<?> gadgets) {
    return construct(gadgets, new Object[] {"A", true, null, (byte) 1, null, (short) 2, null, 3,
        null, 4L, null, 5f, null, 6d, null, new BigDecimal("1.5"), null, null, null, null, null,
        null, null, null, "notes", 7});
  }

  private static Object construct(TableMeta<?> table, Object[] components) {
    return table.construct(components);
  }

  /** The components of {@code row} through the column constants' accessors. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object[] deconstruct(TableMeta table, Object row) {
    Object[] components = new Object[table.componentCount()];
    for (TableColumn column : (List<TableColumn>) table.columns()) {
      components[column.component()] = column.get(row);
    }
    return components;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object with(TableMeta table, String property, Object row, Object value) {
    return ((TableColumn) table.columnByProperty(property)).with(row, value);
  }

  /** Stands for a processor (say, a protobuf or Immutables one) generating a record later. */
  static final class AddressGenerator extends AbstractProcessor {
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        try {
          JavaFileObject file = processingEnv.getFiler().createSourceFile("shapes.later.Address");
          try (Writer writer = file.openWriter()) {
            writer.write(String.join("\n",
                "package shapes.later;",
                "@dev.joinery.annotation.Table",
                "public record Address(@dev.joinery.annotation.Id Long id, Long customerId) {}"));
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }
}
