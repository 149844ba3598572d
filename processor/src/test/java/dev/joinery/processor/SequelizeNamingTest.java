package dev.joinery.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.joinery.dialect.Dialects;
import dev.joinery.processor.testing.Compilations;
import dev.joinery.processor.testing.GeneratedClasses;
import dev.joinery.schema.ColumnDef;
import dev.joinery.schema.ForeignKeyDef;
import dev.joinery.schema.SchemaDef;
import dev.joinery.schema.TableDef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The Sequelize naming mode ({@code @Table(naming = Naming.SEQUELIZE)} and
 * {@code -Ajoinery.naming=sequelize}) on the {@code sequelize} shape: the names Sequelize 6 gives
 * a model's table, columns, foreign keys and a {@code through} junction, and the timestamp facts
 * it shares with Sequelize (NOT NULL, the database's own fractional digits). The DDL is created on the three
 * databases by {@link DdlResourcesTest}.
 */
class SequelizeNamingTest {
  @Test
  void recordsInTheSequelizeModeAreNamedAsSequelizeNamesTheirModels() {
    SchemaDef schema = schema(compile());

    TableDef people = table(schema, "People");
    assertThat(names(people)).containsExactly("id", "firstName", "createdAt", "updatedAt")
        .inOrder();
    TableDef children = table(schema, "Children");
    // Sequelize's default key, camelize(model + '_' + pk), keeps the model name's case.
    assertThat(names(children)).containsExactly("id", "name", "PersonId").inOrder();
    assertThat(children.foreignKeys().stream().map(ForeignKeyDef::name).toList())
        .containsExactly("Children_PersonId_fkey");
    assertThat(children.foreignKeys().get(0).referencedTable()).isEqualTo("People");

    // Sequelize's default through model: <Source>Id and <Target>Id, model names as written.
    TableDef junction = table(schema, "PersonTags");
    assertThat(names(junction)).containsExactly("PersonId", "TagId").inOrder();
    assertThat(junction.primaryKey()).containsExactly("PersonId", "TagId").inOrder();
  }

  /**
   * Sequelize 6.37 builds a default key as {@code camelize(name + '_' + primaryKey)}: the source
   * model's singular name for hasOne/hasMany and a junction's columns, the {@code as} of a
   * belongsTo, or the target model's name when it has none (a component named after the target).
   */
  @Test
  void defaultForeignKeysAreSequelizesForAModelNamedAsTheRecord() {
    SchemaDef schema = schema(compile(List.of(
        JavaFileObjects.forSourceLines("keys.Account",
            "package keys;",
            "import dev.joinery.annotation.*;",
            "import java.util.List;",
            "import java.util.UUID;",
            "@Table(naming = Naming.SEQUELIZE)",
            "public record Account(@Id @UuidV4 UUID uuid,",
            "    @HasMany List<Task> tasks,",
            "    @BelongsToMany(through = \"AccountLabels\") List<Label> labels) {}"),
        JavaFileObjects.forSourceLines("keys.Label",
            "package keys;",
            "import dev.joinery.annotation.*;",
            "@Table(naming = Naming.SEQUELIZE)",
            "public record Label(@Id @AutoIncrement Long id) {}"),
        JavaFileObjects.forSourceLines("keys.Task",
            "package keys;",
            "import dev.joinery.annotation.*;",
            "import java.util.UUID;",
            "@Table(naming = Naming.SEQUELIZE)",
            "public record Task(@Id @AutoIncrement Long id,",
            "    UUID AccountUuid, @BelongsTo Account account,",
            "    Long reviewerId, @BelongsTo Label reviewer) {}"))), "keys");

    // Account.hasMany(Task) and Task.belongsTo(Account): AccountUuid; {as: 'reviewer'}: reviewerId.
    assertThat(names(table(schema, "Tasks")))
        .containsExactly("id", "AccountUuid", "reviewerId").inOrder();
    assertThat(table(schema, "Tasks").foreignKeys().stream().map(ForeignKeyDef::name).toList())
        .containsExactly("Tasks_AccountUuid_fkey", "Tasks_reviewerId_fkey");
    assertThat(names(table(schema, "AccountLabels")))
        .containsExactly("AccountUuid", "LabelId").inOrder();
  }

  @Test
  void aRecordWithoutItsOwnModeTakesTheCompilations() {
    assertThat(tableNames(schema(compile()))).containsExactly(
        "People", "Children", "tags", "PersonTags");
    SchemaDef sequelize = schema(compile("-Ajoinery.naming=sequelize"));
    assertThat(tableNames(sequelize)).containsExactly(
        "People", "Children", "Tags", "PersonTags");
    assertThat(names(table(sequelize, "Tags"))).containsExactly("id", "displayName").inOrder();
    assertThat(names(table(schema(compile("-Ajoinery.naming=snake_case")), "tags")))
        .containsExactly("id", "display_name").inOrder();
  }

  /**
   * Sequelize's {@code DataTypes.DATE} states no digits, so each database gives its own:
   * {@code DATETIME} of whole seconds on MariaDB, {@code TIMESTAMP WITH TIME ZONE} of microseconds
   * on PostgreSQL. The mode's timestamps do the same, in the schema, the generated table and the
   * DDL resources alike.
   */
  @Test
  void timestampsAreNotNullAndLeaveTheirDigitsToTheDatabase() {
    Compilation compilation = compile();
    TableDef people = table(schema(compilation), "People");
    ColumnDef createdAt = people.column("createdAt").orElseThrow();
    assertThat(createdAt.nullable()).isFalse();
    assertThat(createdAt.precision()).isEqualTo(ColumnDef.DATABASE_FRACTIONAL_DIGITS);
    assertThat(people.column("updatedAt").orElseThrow().nullable()).isFalse();
    assertThat(new GeneratedClasses(compilation).table("shapes.sequelize.PersonTable")
        .definition().column("createdAt").orElseThrow()).isEqualTo(createdAt);
    assertThat(source(compilation, "shapes.sequelize.PersonTable"))
        .contains(".precision(ColumnDef.DATABASE_FRACTIONAL_DIGITS, 0)");

    assertThat(Dialects.named("mysql").columnType(createdAt)).isEqualTo("DATETIME");
    assertThat(Dialects.named("postgresql").columnType(createdAt))
        .isEqualTo("TIMESTAMP WITH TIME ZONE");
    assertThat(Dialects.named("h2").columnType(createdAt)).isEqualTo("TIMESTAMP WITH TIME ZONE");
    assertThat(script(compilation, "mysql")).contains("  `createdAt` DATETIME NOT NULL,\n");
    assertThat(script(compilation, "postgresql"))
        .contains("  \"createdAt\" TIMESTAMP WITH TIME ZONE NOT NULL,\n");
  }

  /**
   * A written precision wins over either mode's default: digits, or
   * {@code Column.DATABASE_PRECISION} in the snake_case mode too.
   */
  @Test
  void timeColumnsTakeTheModesPrecisionUnlessTheyWriteOne() {
    JavaFileObject event = JavaFileObjects.forSourceLines("times.Event",
        "package times;",
        "import dev.joinery.annotation.*;",
        "import java.time.*;",
        "@Table",
        "public record Event(@Id @AutoIncrement Long id,",
        "    Instant startsAt, LocalDateTime localStartsAt, LocalTime opensAt,",
        "    @Column(precision = 3) Instant seenAt,",
        "    @Column(precision = 0) LocalTime closesAt,",
        "    @Column(precision = Column.DATABASE_PRECISION) Instant endsAt) {}");
    int database = ColumnDef.DATABASE_FRACTIONAL_DIGITS;

    TableDef snakeCase = table(schema(compile(List.of(event)), "times"), "events");
    assertThat(precisions(snakeCase)).containsExactly(6, 6, 6, 3, 0, database).inOrder();
    TableDef sequelize = table(
        schema(compile(List.of(event), "-Ajoinery.naming=sequelize"), "times"), "Events");
    assertThat(precisions(sequelize))
        .containsExactly(database, database, database, 3, 0, database).inOrder();

    ColumnDef opensAt = sequelize.column("opensAt").orElseThrow();
    assertThat(Dialects.named("mysql").columnType(opensAt)).isEqualTo("TIME");
    assertThat(Dialects.named("postgresql").columnType(opensAt)).isEqualTo("TIME");
    assertThat(Dialects.named("h2").columnType(opensAt)).isEqualTo("TIME");
    ColumnDef localStartsAt = sequelize.column("localStartsAt").orElseThrow();
    assertThat(Dialects.named("mysql").columnType(localStartsAt)).isEqualTo("DATETIME");
    assertThat(Dialects.named("postgresql").columnType(localStartsAt)).isEqualTo("TIMESTAMP");
    assertThat(Dialects.named("h2").columnType(localStartsAt)).isEqualTo("TIMESTAMP");
    assertThat(Dialects.named("postgresql").columnType(sequelize.column("seenAt").orElseThrow()))
        .isEqualTo("TIMESTAMP(3) WITH TIME ZONE");
  }

  private static Compilation compile(String... options) {
    return compile(Compilations.shape("sequelize"), options);
  }

  private static Compilation compile(List<JavaFileObject> sources, String... options) {
    Compilation compilation = Compilations.compile(sources, options);
    assertThat(compilation).succeededWithoutWarnings();
    return compilation;
  }

  private static SchemaDef schema(Compilation compilation) {
    return schema(compilation, "shapes.sequelize");
  }

  private static SchemaDef schema(Compilation compilation, String packageName) {
    return new GeneratedClasses(compilation).schema(packageName);
  }

  private static TableDef table(SchemaDef schema, String name) {
    return schema.tables().stream().filter(t -> t.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in " + tableNames(schema)));
  }

  private static List<String> tableNames(SchemaDef schema) {
    return schema.tables().stream().map(TableDef::name).toList();
  }

  private static List<Integer> precisions(TableDef table) {
    return table.columns().stream().skip(1).map(ColumnDef::precision).toList();
  }

  private static String source(Compilation compilation, String className) {
    try {
      return compilation.generatedSourceFile(className).orElseThrow()
          .getCharContent(false).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String script(Compilation compilation, String dialect) {
    try {
      return compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
          "META-INF/joinery/" + dialect + "/schema.sql").orElseThrow()
          .getCharContent(false).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> names(TableDef table) {
    return table.columns().stream().map(ColumnDef::name).toList();
  }
}
