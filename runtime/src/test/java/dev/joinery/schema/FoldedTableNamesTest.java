package dev.joinery.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.joinery.SchemaSyncRefusedException;
import dev.joinery.meta.ValueType;
import dev.joinery.testing.Catalog;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.FoldingMariaDb;
import dev.joinery.testing.TestDatabase;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * Table names that differ only by case ({@code Users} beside {@code users}): two tables wherever
 * quoted names are case-sensitive, refused before any statement on a MySQL/MariaDB server that
 * folds table names.
 */
class FoldedTableNamesTest {
  private static final SchemaDef BOTH = new SchemaDef(List.of(table("Users"), table("users")));

  @DatabaseTest
  void areTwoTablesWhereQuotedNamesKeepTheirCase(TestDatabase db) {
    db.jdbi().useHandle(h -> SchemaSync.sync(h, BOTH, SyncMode.CREATE));

    assertThat(Catalog.of(db).tables()).containsExactly("Users", "users");
  }

  /**
   * On a MariaDB server of its own started with {@code lower_case_table_names = 1}
   * ({@link FoldingMariaDb}: the shared server has 0, and its settings are not to be changed).
   */
  @Test
  void areRefusedWhereTheServerFoldsTableNames() {
    try (FoldingMariaDb server = FoldingMariaDb.require()) {
      Jdbi jdbi = Jdbi.create(server.url());

      assertThatThrownBy(() -> jdbi.useHandle(h -> SchemaSync.plan(h, BOTH, SyncMode.CREATE)))
          .isInstanceOf(SchemaSyncRefusedException.class)
          .hasMessage("Tables \"Users\" and \"users\" differ only by case, and this server folds"
              + " table names (lower_case_table_names = 1), so they would be one table; rename one"
              + " with @Table(\"...\"), or use a server with lower_case_table_names = 0");
      List<String> tables =
          jdbi.withHandle(h -> h.createQuery("SHOW TABLES").mapTo(String.class).list());
      assertThat(tables).isEmpty();
    }
  }

  private static TableDef table(String name) {
    return new TableDef(name, List.of(ColumnDef.of("id", ValueType.LONG).asAutoIncrement()),
        List.of("id"), List.of(), List.of());
  }
}
