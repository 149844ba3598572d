package dev.joinery.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.joinery.processor.validate.Carets.assertColumn;
import static dev.joinery.processor.validate.Sources.assertError;
import static dev.joinery.processor.validate.Sources.assertOnlyError;
import static dev.joinery.processor.validate.Sources.compile;
import static dev.joinery.processor.validate.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Where a record is declared and where its annotations sit: what javac accepts but Joinery's
 * generated code cannot reach, or Joinery never reads.
 */
class DeclarationRulesTest {
  @Test
  void privateRecordNestedInAClass() {
    JavaFileObject library = source("Library",
        "public class Library {",
        "  @Table",
        "  private record Song(@Id @AutoIncrement Long id, String title) {}",
        "}");
    String message = "[joinery:private-table] Library.Song is out of reach of the"
        + " Library_SongTable and Library_SongDao that Joinery generates beside it, because"
        + " Library.Song is private; remove `private` from Library.Song (package-private is"
        + " enough)";
    Compilation compilation = compile(library);
    assertOnlyError(compilation, message, library, "private record Song");
    assertColumn(compilation, message, 11);
  }

  @Test
  void recordNestedInAPrivateClass() {
    JavaFileObject library = source("Library",
        "public class Library {",
        "  private static class Shelf {",
        "    @Table",
        "    record Song(@Id @AutoIncrement Long id, String title) {}",
        "  }",
        "}");
    String message = "[joinery:private-table] Library.Shelf.Song is out of reach of the"
        + " Library_Shelf_SongTable and Library_Shelf_SongDao that Joinery generates beside it,"
        + " because Library.Shelf is private; remove `private` from Library.Shelf"
        + " (package-private is enough)";
    Compilation compilation = compile(library);
    assertOnlyError(compilation, message, library, "private static class Shelf");
    assertColumn(compilation, message, 18);
  }

  @Test
  void privateInterfaceAroundARecord() {
    JavaFileObject library = source("Library",
        "public class Library {",
        "  private interface Catalog {",
        "    @Table",
        "    record Song(@Id @AutoIncrement Long id, String title) {}",
        "  }",
        "}");
    assertOnlyError(compile(library), "[joinery:private-table] Library.Catalog.Song is out of"
            + " reach of the Library_Catalog_SongTable and Library_Catalog_SongDao that Joinery"
            + " generates beside it, because Library.Catalog is private; remove `private` from"
            + " Library.Catalog (package-private is enough)",
        library, "private interface Catalog");
  }

  @Test
  void nestedRecordsVisibleInThePackageGenerate() {
    JavaFileObject library = source("Library",
        "public class Library {",
        "  @Table",
        "  protected record Song(@Id @AutoIncrement Long id, String title) {}",
        "  class Shelf {",
        "    @Table",
        "    record Book(@Id @AutoIncrement Long id, String title) {}",
        "  }",
        "  interface Catalog {",
        "    @Table",
        "    record Entry(@Id @AutoIncrement Long id, String title) {}",
        "  }",
        "}");
    Compilation compilation = compile(library);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.Library_Shelf_BookDao");
    assertThat(compilation).generatedSourceFile("test.Library_Catalog_EntryDao");
  }

  @Test
  void annotationOnAnExplicitAccessor() {
    JavaFileObject tag = source("Tag",
        "@Table",
        "public record Tag(@Id @AutoIncrement Long id, String name) {",
        "  @Column(length = 40, unique = true)",
        "  public String name() {",
        "    return name;",
        "  }",
        "}");
    String message = "[joinery:annotation-not-on-component] @Column on accessor Tag.name() is"
        + " ignored: Joinery reads its annotations from the record components only; move it onto"
        + " the component in the record header: `@Column(length = 40, unique = true) String"
        + " name`";
    Compilation compilation = compile(tag);
    assertOnlyError(compilation, message, tag, "@Column(length = 40, unique = true)");
    assertColumn(compilation, message, 3);
  }

  @Test
  void accessorRepeatingItsComponentsAnnotationIsFine() {
    JavaFileObject tag = source("Tag",
        "@Table",
        "public record Tag(",
        "    @Id @AutoIncrement Long id,",
        "    @NotNull @Column(length = 40, unique = true) String name) {",
        "  @Column(unique = true, length = 40) @NotNull",
        "  public String name() {",
        "    return name.strip();",
        "  }",
        "}");
    assertThat(compile(tag)).succeededWithoutWarnings();
  }

  @Test
  void copiesOnImplicitAccessorsAndACompactConstructorAreFine() {
    JavaFileObject tag = source("Tag",
        "@Table",
        "public record Tag(",
        "    @Id @AutoIncrement Long id,",
        "    @Column(length = 40, defaultValue = \"x\") @NotNull @Length(max = 40) String name,",
        "    @HasMany(foreignKey = \"tagId\") List<Label> labels) {",
        "  public Tag {",
        "    name = name.strip();",
        "  }",
        "}");
    JavaFileObject label = source("Label",
        "@Table",
        "public record Label(@Id @AutoIncrement Long id, Long tagId) {}");
    assertThat(compile(tag, label)).succeededWithoutWarnings();
  }

  @Test
  void annotationOnAStaticField() {
    JavaFileObject tag = source("Tag",
        "@Table",
        "public record Tag(@Id @AutoIncrement Long id, String name) {",
        "  @Column(name = \"label\") @NotNull static String LABEL = \"tag\";",
        "}");
    Compilation compilation = compile(tag);
    String column = "[joinery:annotation-not-on-component] @Column on static field Tag.LABEL is"
        + " ignored: Joinery reads its annotations from the record components only; remove it,"
        + " or make LABEL a component in the record header: `@Column(name = \"label\") String"
        + " LABEL`";
    assertError(compilation, 2, column, tag, "static String LABEL");
    assertColumn(compilation, column, 3);
    String notNull = "[joinery:annotation-not-on-component] @NotNull on static field Tag.LABEL"
        + " is ignored: Joinery reads its annotations from the record components only; remove it,"
        + " or make LABEL a component in the record header: `@NotNull String LABEL`";
    assertError(compilation, 2, notNull, tag, "static String LABEL");
    assertColumn(compilation, notNull, 27);
  }

  @Test
  void annotationOnACanonicalConstructorParameter() {
    JavaFileObject tag = source("Tag",
        "@Table",
        "public record Tag(@Id @AutoIncrement Long id, String name) {",
        "  public Tag(Long id, @Column(length = 40) String name) {",
        "    this.id = id;",
        "    this.name = name;",
        "  }",
        "}");
    String message = "[joinery:annotation-not-on-component] @Column on parameter name of the"
        + " constructor of Tag is ignored: Joinery reads its annotations from the record"
        + " components only; move it onto the component in the record header:"
        + " `@Column(length = 40) String name`";
    Compilation compilation = compile(tag);
    assertOnlyError(compilation, message, tag, "public Tag(Long id,");
    assertColumn(compilation, message, 23);
  }

  @Test
  void annotationOnAnotherMethodAndItsParameter() {
    JavaFileObject tag = source("Tag",
        "@Table",
        "public record Tag(@Id @AutoIncrement Long id, String name) {",
        "  @Column(length = 40)",
        "  public String label(@NotNull String prefix) {",
        "    return prefix + name;",
        "  }",
        "}");
    Compilation compilation = compile(tag);
    String method = "[joinery:annotation-not-on-component] @Column on method Tag.label() is"
        + " ignored: Joinery reads its annotations from the record components only; remove it,"
        + " or declare the column it describes as a component in the record header";
    assertError(compilation, 2, method, tag, "@Column(length = 40)");
    assertColumn(compilation, method, 3);
    String parameter = "[joinery:annotation-not-on-component] @NotNull on parameter prefix of"
        + " Tag.label() is ignored: Joinery reads its annotations from the record components"
        + " only; remove it, or declare the column it describes as a component in the record"
        + " header";
    assertError(compilation, 2, parameter, tag, "public String label(");
    assertColumn(compilation, parameter, 23);
  }
}
