package dev.joinery.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The upsert statement of each dialect, and what each can tell of its outcome. */
class UpsertSqlTest {
  private static final List<String> COLUMNS = List.of("id", "sku", "quantity");
  private static final List<String> TARGET = List.of("sku");

  @Test
  void mysqlUpdatesOnDuplicateKey() {
    assertThat(MySqlDialect.INSTANCE.upsert("stocks", COLUMNS, TARGET, List.of("quantity")))
        .isEqualTo("INSERT INTO `stocks` (`id`, `sku`, `quantity`) VALUES (?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE `quantity` = VALUES(`quantity`)");
    assertThat(MySqlDialect.INSTANCE.upsert("stocks", COLUMNS, TARGET, List.of()))
        .endsWith(" ON DUPLICATE KEY UPDATE `sku` = `sku`");
    assertThat(MySqlDialect.INSTANCE.upsertReturning(COLUMNS)).isEmpty();
    assertThat(MySqlDialect.INSTANCE.upsertInserted(1, true)).contains(true);
    assertThat(MySqlDialect.INSTANCE.upsertInserted(2, true)).contains(false);
    assertThat(MySqlDialect.INSTANCE.upsertInserted(1, false)).isEmpty();
  }

  @Test
  void postgresUpdatesOnConflictAndReturnsTheRow() {
    assertThat(PostgresDialect.INSTANCE.upsert("stocks", COLUMNS, TARGET, List.of("quantity")))
        .isEqualTo("INSERT INTO \"stocks\" (\"id\", \"sku\", \"quantity\") VALUES (?, ?, ?)"
            + " ON CONFLICT (\"sku\") DO UPDATE SET \"quantity\" = EXCLUDED.\"quantity\"");
    assertThat(PostgresDialect.INSTANCE.upsert("stocks", COLUMNS, TARGET, List.of()))
        .endsWith(" DO UPDATE SET \"sku\" = EXCLUDED.\"sku\"");
    assertThat(PostgresDialect.INSTANCE.upsertReturning(List.of("id", "sku")))
        .contains(" RETURNING \"id\", \"sku\", (xmax = 0) AS joinery_inserted");
  }

  @Test
  void h2Merges() {
    assertThat(H2Dialect.INSTANCE.upsert("stocks", COLUMNS, TARGET, List.of("quantity")))
        .isEqualTo("MERGE INTO \"stocks\" USING (VALUES (?, ?, ?)) AS s (\"id\", \"sku\","
            + " \"quantity\") ON \"stocks\".\"sku\" = s.\"sku\" WHEN MATCHED THEN UPDATE SET"
            + " \"quantity\" = s.\"quantity\" WHEN NOT MATCHED THEN INSERT (\"id\", \"sku\","
            + " \"quantity\") VALUES (s.\"id\", s.\"sku\", s.\"quantity\")");
    assertThat(H2Dialect.INSTANCE.upsert("stocks", COLUMNS, TARGET, List.of()))
        .doesNotContain("WHEN MATCHED");
    assertThat(H2Dialect.INSTANCE.upsertInserted(1, true)).isEqualTo(Optional.empty());
  }

  @Test
  void theUpdateMovesAVersionOnTheStoredRow() {
    List<String> versioned = List.of("id", "sku", "quantity", "version");
    assertThat(MySqlDialect.INSTANCE.upsert("stocks", versioned, TARGET, List.of("quantity"),
        "version")).endsWith(" ON DUPLICATE KEY UPDATE `quantity` = VALUES(`quantity`),"
            + " `version` = `version` + 1");
    assertThat(PostgresDialect.INSTANCE.upsert("stocks", versioned, TARGET, List.of("quantity"),
        "version")).endsWith(" DO UPDATE SET \"quantity\" = EXCLUDED.\"quantity\","
            + " \"version\" = \"stocks\".\"version\" + 1");
    assertThat(H2Dialect.INSTANCE.upsert("stocks", versioned, TARGET, List.of("quantity"),
        "version")).contains(" WHEN MATCHED THEN UPDATE SET \"quantity\" = s.\"quantity\","
            + " \"version\" = \"stocks\".\"version\" + 1 WHEN NOT MATCHED");
  }
}
