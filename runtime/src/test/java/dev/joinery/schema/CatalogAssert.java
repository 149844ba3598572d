package dev.joinery.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.joinery.testing.Catalog;
import dev.joinery.testing.Catalog.ForeignKeyFact;
import dev.joinery.testing.Catalog.IndexFact;
import java.util.Map;

/** Asserts that a live catalog has exactly what a {@link SchemaDef} declares. */
final class CatalogAssert {
  private CatalogAssert() {}

  static void assertMatches(Catalog catalog, SchemaDef schema) {
    assertThat(catalog.tables()).containsExactlyInAnyOrderElementsOf(
        schema.tables().stream().map(TableDef::name).toList());
    for (TableDef table : schema.tables()) {
      String t = table.name();
      // Any order: ALTER appends the columns it adds.
      assertThat(catalog.columns(t)).as("columns of %s", t)
          .extracting(Catalog.ColumnFact::name)
          .containsExactlyInAnyOrderElementsOf(table.columns().stream().map(ColumnDef::name).toList());
      for (ColumnDef column : table.columns()) {
        boolean nullable = column.nullable() && !table.primaryKey().contains(column.name());
        assertThat(catalog.column(t, column.name()).orElseThrow().nullable())
            .as("%s.%s nullable", t, column.name()).isEqualTo(nullable);
        assertThat(catalog.column(t, column.name()).orElseThrow().autoIncrement())
            .as("%s.%s auto-increment", t, column.name()).isEqualTo(column.autoIncrement());
      }
      assertThat(catalog.primaryKey(t)).as("primary key of %s", t)
          .containsExactlyElementsOf(table.primaryKey());

      Map<String, ForeignKeyFact> foreignKeys = catalog.foreignKeys(t);
      assertThat(foreignKeys.keySet()).as("foreign keys of %s", t)
          .containsExactlyInAnyOrderElementsOf(table.foreignKeys().stream().map(ForeignKeyDef::name).toList());
      for (ForeignKeyDef fk : table.foreignKeys()) {
        assertThat(foreignKeys.get(fk.name())).as("foreign key %s", fk.name()).isEqualTo(
            new ForeignKeyFact(fk.name(), fk.columns(), fk.referencedTable(), fk.referencedColumns(),
                fk.onDelete(), fk.onUpdate()));
      }

      Map<String, IndexFact> indexes = catalog.indexes(t);
      for (IndexDef index : table.indexes()) {
        assertThat(indexes.get(index.name())).as("index %s", index.name())
            .isEqualTo(new IndexFact(index.name(), index.columns(), index.unique()));
      }
      // Besides the declared indexes only the primary key's and the ones databases make for
      // foreign keys themselves (MySQL names them after the constraint, H2 adds _INDEX_x).
      long unique = indexes.values().stream().filter(IndexFact::unique).count();
      long declaredUnique = table.indexes().stream().filter(IndexDef::unique).count();
      assertThat(unique).as("unique indexes of %s", t)
          .isEqualTo(declaredUnique + (table.primaryKey().isEmpty() ? 0 : 1));
    }
  }
}
