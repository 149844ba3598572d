package dev.joinery.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.joinery.annotation.ReferentialAction;
import dev.joinery.dialect.Dialect;
import dev.joinery.dialect.Dialects;
import dev.joinery.processor.testing.Compilations;
import dev.joinery.processor.testing.GeneratedClasses;
import dev.joinery.schema.DdlScript;
import dev.joinery.schema.ForeignKeyDef;
import dev.joinery.schema.IndexDef;
import dev.joinery.schema.SchemaDef;
import dev.joinery.schema.TableDef;
import dev.joinery.testing.Catalog;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The DDL resources: one script per dialect, the same text {@code sync} would run, and on each
 * real database they create exactly the keys, rules and indexes the generated definitions
 * describe.
 */
class DdlResourcesTest {
  private static final List<String> SHAPES =
      List.of("customers", "tutorials", "tags", "actors", "profiles", "stories", "tasks",
          "types", "sequelize");
  private static final Map<String, Compilation> COMPILED = new HashMap<>();

  /**
   * The generated tables derive their definitions from the column constants at run time; the
   * processor writes the scripts from its own model. Both must say the same for every shape.
   */
  @Test
  void oneScriptPerDialectSayingWhatTheGeneratedDefinitionsSay() {
    for (String shape : SHAPES) {
      Compilation compilation = compiled(shape);
      SchemaDef schema = new GeneratedClasses(compilation).schema("shapes." + shape);
      for (Dialect dialect : Dialects.all()) {
        assertWithMessage(shape + " on " + dialect.name()).that(script(compilation, dialect))
            .isEqualTo(DdlScript.text(schema, dialect));
        assertWithMessage(shape + "'s Flyway baseline on " + dialect.name())
            .that(resource(compilation, "db/joinery/" + dialect.name() + "/V1__joinery_baseline.sql"))
            .isEqualTo(DdlScript.text(schema, dialect));
      }
      assertThat(schema.tables()).isNotEmpty();
    }
  }

  /**
   * {@code @Column(collation)} reaches the scripts, and a foreign-key column without one takes its
   * referenced column's: MySQL/MariaDB refuse a key between text columns of two collations.
   */
  @Test
  void aForeignKeyColumnTakesTheCollationOfTheColumnItReferences() {
    Compilation compilation = Compilations.compile(List.of(
        JavaFileObjects.forSourceLines("shapes.codes.Country", "package shapes.codes;",
            "import dev.joinery.annotation.*;",
            "@Table(\"countries\")",
            "public record Country(",
            "    @Id @Column(length = 2, collation = \"utf8mb4_general_ci\") String code,",
            "    String name) {}"),
        JavaFileObjects.forSourceLines("shapes.codes.City", "package shapes.codes;",
            "import dev.joinery.annotation.*;",
            "@Table(\"cities\")",
            "public record City(",
            "    @Id @AutoIncrement Long id,",
            "    @Column(length = 2) String countryCode,",
            "    @BelongsTo(foreignKey = \"countryCode\") Country country) {}")));
    assertThat(compilation).succeededWithoutWarnings();

    String mysql = script(compilation, Dialects.all().stream()
        .filter(d -> d.name().equals("mysql")).findFirst().orElseThrow());
    assertThat(mysql).contains(
        "`code` VARCHAR(2) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL");
    assertThat(mysql).contains(
        "`country_code` VARCHAR(2) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci,");
    String postgres = script(compilation, Dialects.all().stream()
        .filter(d -> d.name().equals("postgresql")).findFirst().orElseThrow());
    assertThat(postgres).contains("\"country_code\" VARCHAR(2) COLLATE \"utf8mb4_general_ci\",");
    SchemaDef schema = new GeneratedClasses(compilation).schema("shapes.codes");
    assertThat(schema.tables().stream().filter(t -> t.name().equals("cities")).findFirst()
        .orElseThrow().column("country_code").orElseThrow().collation())
        .isEqualTo("utf8mb4_general_ci");
  }

  @DatabaseTest
  void seedSchemasCreateWhatTheyDescribe(TestDatabase db) {
    for (String shape : SHAPES) {
      Compilation compilation = compiled(shape);
      SchemaDef schema = new GeneratedClasses(compilation).schema("shapes." + shape);
      db.execute(statements(script(compilation, db.dialect())));

      Catalog catalog = Catalog.of(db);
      for (TableDef table : schema.tables()) {
        String where = shape + ": " + table.name() + " on " + db;
        assertWithMessage(where).that(catalog.primaryKey(table.name()))
            .containsExactlyElementsIn(table.primaryKey()).inOrder();
        Map<String, Catalog.ForeignKeyFact> foreignKeys = catalog.foreignKeys(table.name());
        assertWithMessage(where).that(foreignKeys.keySet())
            .containsExactlyElementsIn(table.foreignKeys().stream().map(ForeignKeyDef::name).toList());
        for (ForeignKeyDef key : table.foreignKeys()) {
          Catalog.ForeignKeyFact fact = foreignKeys.get(key.name());
          assertWithMessage(where).that(fact.columns()).isEqualTo(key.columns());
          assertWithMessage(where).that(fact.referencedTable()).isEqualTo(key.referencedTable());
          assertWithMessage(where).that(fact.referencedColumns()).isEqualTo(key.referencedColumns());
          assertWithMessage(where).that(same(fact.onDelete())).isEqualTo(same(key.onDelete()));
          assertWithMessage(where).that(same(fact.onUpdate())).isEqualTo(same(key.onUpdate()));
        }
        Map<String, Catalog.IndexFact> indexes = catalog.indexes(table.name());
        for (IndexDef index : table.indexes()) {
          assertWithMessage(where).that(indexes)
              .containsEntry(index.name(), new Catalog.IndexFact(index.name(), index.columns(), index.unique()));
        }
      }
      List<String> drops = new ArrayList<>();
      schema.tables().forEach(t -> drops.add(0, db.dialect().dropTable(t.name())));
      db.execute(drops.toArray(String[]::new));
    }
  }

  /**
   * Drivers report RESTRICT and NO ACTION alike on some databases (they behave alike without
   * deferred constraints), so they compare as one.
   */
  private static ReferentialAction same(ReferentialAction action) {
    return action == ReferentialAction.RESTRICT ? ReferentialAction.NO_ACTION : action;
  }

  private static synchronized Compilation compiled(String shape) {
    return COMPILED.computeIfAbsent(shape, s -> {
      Compilation compilation = Compilations.compile(Compilations.shape(s));
      assertThat(compilation).succeededWithoutWarnings();
      return compilation;
    });
  }

  private static String script(Compilation compilation, Dialect dialect) {
    return resource(compilation, "META-INF/joinery/" + dialect.name() + "/schema.sql");
  }

  private static String resource(Compilation compilation, String path) {
    JavaFileObject file =
        compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path).orElseThrow();
    try {
      return file.getCharContent(false).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The statements of a script: what lies between {@code ;} line ends, comments dropped. */
  private static String[] statements(String script) {
    return Arrays.stream(script.split(";\n"))
        .map(s -> s.lines().filter(line -> !line.startsWith("--")).reduce("", (a, b) -> a + b + "\n").trim())
        .filter(s -> !s.isEmpty())
        .toArray(String[]::new);
  }
}
