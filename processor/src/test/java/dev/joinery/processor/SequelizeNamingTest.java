package dev.joinery.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.joinery.dialect.Dialects;
import dev.joinery.processor.testing.Compilations;
import dev.joinery.processor.testing.GeneratedClasses;
import dev.joinery.schema.ColumnDef;
import dev.joinery.schema.ForeignKeyDef;
import dev.joinery.schema.SchemaDef;
import dev.joinery.schema.TableDef;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Sequelize naming mode ({@code @Table(naming = Naming.SEQUELIZE)} and
 * {@code -Ajoinery.naming=sequelize}) on the {@code sequelize} shape: the names Sequelize 6 gives
 * a model's table, columns, foreign keys and a {@code through} junction, and the timestamp facts
 * it shares with Sequelize (NOT NULL, fractional digits). The DDL is created on the three
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
    assertThat(names(children)).containsExactly("id", "name", "personId").inOrder();
    assertThat(children.foreignKeys().stream().map(ForeignKeyDef::name).toList())
        .containsExactly("Children_personId_fkey");
    assertThat(children.foreignKeys().get(0).referencedTable()).isEqualTo("People");

    // Sequelize's default through model: <source>Id and <target>Id, camelCase.
    TableDef junction = table(schema, "PersonTags");
    assertThat(names(junction)).containsExactly("personId", "tagId").inOrder();
    assertThat(junction.primaryKey()).containsExactly("personId", "tagId").inOrder();
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

  @Test
  void timestampsAreNotNullAndKeepTheirFractionalDigits() {
    TableDef people = table(schema(compile()), "People");
    ColumnDef createdAt = people.column("createdAt").orElseThrow();
    assertThat(createdAt.nullable()).isFalse();
    assertThat(createdAt.precision()).isEqualTo(0);
    assertThat(people.column("updatedAt").orElseThrow().nullable()).isFalse();

    assertThat(Dialects.named("mysql").columnType(createdAt)).isEqualTo("DATETIME(0)");
    assertThat(Dialects.named("postgresql").columnType(createdAt))
        .isEqualTo("TIMESTAMP(0) WITH TIME ZONE");
    assertThat(Dialects.named("h2").columnType(createdAt))
        .isEqualTo("TIMESTAMP(0) WITH TIME ZONE");
    // Not written: microseconds, as before.
    assertThat(Dialects.named("mysql").columnType(ColumnDef.of("at",
        dev.joinery.meta.ValueType.INSTANT))).isEqualTo("DATETIME(6)");
  }

  private static Compilation compile(String... options) {
    Compilation compilation = Compilations.compile(Compilations.shape("sequelize"), options);
    assertThat(compilation).succeededWithoutWarnings();
    return compilation;
  }

  private static SchemaDef schema(Compilation compilation) {
    return new GeneratedClasses(compilation).schema("shapes.sequelize");
  }

  private static TableDef table(SchemaDef schema, String name) {
    return schema.tables().stream().filter(t -> t.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in " + tableNames(schema)));
  }

  private static List<String> tableNames(SchemaDef schema) {
    return schema.tables().stream().map(TableDef::name).toList();
  }

  private static List<String> names(TableDef table) {
    return table.columns().stream().map(ColumnDef::name).toList();
  }
}
