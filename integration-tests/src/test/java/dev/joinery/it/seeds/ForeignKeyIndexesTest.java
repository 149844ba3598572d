package dev.joinery.it.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.joinery.Joinery;
import dev.joinery.it.SeedDb;
import dev.joinery.schema.SyncMode;
import dev.joinery.testing.Catalog;
import dev.joinery.testing.Catalog.ForeignKeyFact;
import dev.joinery.testing.Catalog.IndexFact;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.Engine;
import dev.joinery.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One index serves each foreign key: Joinery's own (or the primary key starting with its
 * columns), never a second one the database builds for the constraint by itself, as H2 did for
 * a constraint declared inside CREATE TABLE, before the index that could serve it.
 */
class ForeignKeyIndexesTest {
  @DatabaseTest
  void createMakesOneIndexPerForeignKey(TestDatabase db) {
    SeedDb.syncAll(db);

    assertThat(foreignKeysWithoutExactlyOneIndex(db)).isEmpty();
    assertThat(everyIndexCount(db)).isEqualTo(countedByInformationSchema(db));
  }

  @DatabaseTest
  void forceMakesOneIndexPerForeignKey(TestDatabase db) {
    try (Joinery joinery = Joinery.connect(db.dataSource())) {
      joinery.sync(JoinerySchema.DEFINITION);
      joinery.sync(JoinerySchema.DEFINITION, SyncMode.FORCE);
    }

    assertThat(foreignKeysWithoutExactlyOneIndex(db)).isEmpty();
  }

  /**
   * Each foreign key not served by exactly one index, with the indexes leading with its columns.
   * H2 2.x lets a constraint use only an index over exactly its columns, so there the junction's
   * key column the primary key leads with also has H2's own index (so has the key column a
   * through record's unique index on its pair leads with): on H2, one index over exactly the
   * columns is required, and a primary key or unique index leading with them may come on top.
   */
  private static List<String> foreignKeysWithoutExactlyOneIndex(TestDatabase db) {
    Catalog catalog = Catalog.of(db);
    List<String> wrong = new ArrayList<>();
    for (String table : catalog.tables()) {
      List<String> primaryKey = catalog.primaryKey(table);
      Map<String, IndexFact> indexes = catalog.indexes(table);
      for (ForeignKeyFact key : catalog.foreignKeys(table).values()) {
        List<IndexFact> leading = indexes.values().stream()
            .filter(index -> index.columns().size() >= key.columns().size()
                && index.columns().subList(0, key.columns().size()).equals(key.columns()))
            .filter(index -> db.engine() != Engine.H2 || index.columns().equals(key.columns())
                || !index.columns().equals(primaryKey) && !index.unique())
            .toList();
        if (leading.size() != 1) {
          wrong.add(table + "." + key.name() + " " + leading.stream().map(IndexFact::name).toList());
        }
      }
    }
    return wrong;
  }

  private static long everyIndexCount(TestDatabase db) {
    Catalog catalog = Catalog.of(db);
    return catalog.tables().stream().mapToLong(t -> catalog.indexes(t).size()).sum();
  }

  /**
   * H2's own count of its indexes, to be sure JDBC metadata leaves none out; the other
   * databases' drivers read their catalogs directly.
   */
  private static long countedByInformationSchema(TestDatabase db) {
    if (db.engine() != Engine.H2) return everyIndexCount(db);
    return SeedDb.rows(db, "SELECT COUNT(*) AS n FROM INFORMATION_SCHEMA.INDEXES"
        + " WHERE TABLE_SCHEMA = CURRENT_SCHEMA").stream()
        .mapToLong(row -> ((Number) row.get("n")).longValue()).sum();
  }
}
