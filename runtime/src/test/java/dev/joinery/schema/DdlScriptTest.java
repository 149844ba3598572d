package dev.joinery.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.joinery.annotation.ReferentialAction;
import dev.joinery.dialect.Dialects;
import dev.joinery.dialect.H2Dialect;
import dev.joinery.dialect.MySqlDialect;
import dev.joinery.dialect.PostgresDialect;
import dev.joinery.fixtures.AddressTable;
import dev.joinery.fixtures.CustomerTable;
import dev.joinery.meta.ValueType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The script's text and order, without a database. */
class DdlScriptTest {
  private static final SchemaDef CUSTOMERS = new SchemaDef(
      List.of(CustomerTable.INSTANCE.definition(), AddressTable.INSTANCE.definition()));

  @Test
  void rendersTheFixtureForMySql() {
    assertThat(DdlScript.statements(CUSTOMERS, MySqlDialect.INSTANCE)).containsExactly(
        """
        CREATE TABLE `customers` (
          `id` BIGINT NOT NULL AUTO_INCREMENT,
          `firstname` VARCHAR(100),
          `lastname` VARCHAR(255),
          `age` INT NOT NULL,
          PRIMARY KEY (`id`)
        ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin""",
        """
        CREATE TABLE `addresses` (
          `id` BIGINT NOT NULL AUTO_INCREMENT,
          `street` VARCHAR(255),
          `postcode` VARCHAR(255),
          `customer_id` BIGINT,
          PRIMARY KEY (`id`),
          CONSTRAINT `addresses_customer_id_fkey` FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
        ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin""",
        "CREATE UNIQUE INDEX `addresses_customer_id_unique` ON `addresses` (`customer_id`)");
  }

  @Test
  void picksTheMySqlTextTypeThatHoldsTheLengthInCharacters() {
    ColumnDef text = ColumnDef.of("body", ValueType.STRING).asText();
    // 4 bytes a utf8mb4 character: TEXT holds 16383, MEDIUMTEXT 4194303, then LONGTEXT.
    assertThat(List.of(text, text.withLength(16_383), text.withLength(16_384),
            text.withLength(4_194_303), text.withLength(4_194_304), text.withLength(1_000_000_000))
        .stream().map(MySqlDialect.INSTANCE::columnType))
        .containsExactly("TEXT", "TEXT", "MEDIUMTEXT", "MEDIUMTEXT", "LONGTEXT", "LONGTEXT");
    assertThat(PostgresDialect.INSTANCE.columnType(text.withLength(4_194_304))).isEqualTo("TEXT");
    assertThat(H2Dialect.INSTANCE.columnType(text.withLength(4_194_304)))
        .isEqualTo("CHARACTER VARYING");
    assertThat(text.textOfDefaultSize()).isTrue();
    assertThat(text.withLength(10).textOfDefaultSize()).isFalse();
  }

  /**
   * A timestamp or time that leaves its digits to the database is written without them, and holds
   * what that database gives the type: MySQL/MariaDB whole seconds, PostgreSQL microseconds, H2
   * microseconds but whole seconds for a TIME.
   */
  @Test
  void writesTimestampsOfTheDatabasesPrecisionWithoutDigits() {
    List<ColumnDef> columns = List.of(ValueType.INSTANT, ValueType.LOCAL_DATE_TIME,
            ValueType.LOCAL_TIME).stream()
        .map(type -> ColumnDef.of("at", type)
            .withPrecision(ColumnDef.DATABASE_FRACTIONAL_DIGITS, 0))
        .toList();

    assertThat(columns.stream().map(MySqlDialect.INSTANCE::columnType))
        .containsExactly("DATETIME", "DATETIME", "TIME");
    assertThat(columns.stream().map(PostgresDialect.INSTANCE::columnType))
        .containsExactly("TIMESTAMP WITH TIME ZONE", "TIMESTAMP", "TIME");
    assertThat(columns.stream().map(H2Dialect.INSTANCE::columnType))
        .containsExactly("TIMESTAMP WITH TIME ZONE", "TIMESTAMP", "TIME");
    assertThat(columns.stream().map(MySqlDialect.INSTANCE::fractionalDigits))
        .containsExactly(0, 0, 0);
    assertThat(columns.stream().map(PostgresDialect.INSTANCE::fractionalDigits))
        .containsExactly(6, 6, 6);
    assertThat(columns.stream().map(H2Dialect.INSTANCE::fractionalDigits))
        .containsExactly(6, 6, 0);
  }

  @Test
  void writesTheDigitsAColumnStates() {
    ColumnDef millis = ColumnDef.of("at", ValueType.INSTANT).withPrecision(3, 0);
    ColumnDef micros = ColumnDef.of("at", ValueType.LOCAL_TIME);

    assertThat(MySqlDialect.INSTANCE.columnType(millis)).isEqualTo("DATETIME(3)");
    assertThat(PostgresDialect.INSTANCE.columnType(millis))
        .isEqualTo("TIMESTAMP(3) WITH TIME ZONE");
    assertThat(H2Dialect.INSTANCE.columnType(micros)).isEqualTo("TIME(6)");
    for (var dialect : Dialects.all()) {
      assertThat(dialect.fractionalDigits(millis)).isEqualTo(3);
      assertThat(dialect.fractionalDigits(micros)).isEqualTo(6);
      assertThat(dialect.fractionalDigits(ColumnDef.of("day", ValueType.LOCAL_DATE))).isEqualTo(-1);
      assertThat(dialect.fractionalDigits(ColumnDef.of("price", ValueType.BIG_DECIMAL)))
          .isEqualTo(-1);
    }
  }

  @Test
  void rendersTheFixtureForPostgres() {
    assertThat(DdlScript.statements(CUSTOMERS, PostgresDialect.INSTANCE)).containsExactly(
        """
        CREATE TABLE "customers" (
          "id" BIGINT GENERATED BY DEFAULT AS IDENTITY NOT NULL,
          "firstname" VARCHAR(100),
          "lastname" VARCHAR(255),
          "age" INTEGER NOT NULL,
          PRIMARY KEY ("id")
        )""",
        """
        CREATE TABLE "addresses" (
          "id" BIGINT GENERATED BY DEFAULT AS IDENTITY NOT NULL,
          "street" VARCHAR(255),
          "postcode" VARCHAR(255),
          "customer_id" BIGINT,
          PRIMARY KEY ("id"),
          CONSTRAINT "addresses_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE CASCADE ON UPDATE CASCADE
        )""",
        "CREATE UNIQUE INDEX \"addresses_customer_id_unique\" ON \"addresses\" (\"customer_id\")");
  }

  @Test
  void givesH2AUniqueConstraintOverEachUniqueIndexAndItsForeignKeysAfterTheIndexes() {
    List<String> statements = DdlScript.statements(CUSTOMERS, H2Dialect.INSTANCE);
    assertThat(statements).hasSize(5);
    assertThat(statements.get(1)).startsWith("CREATE TABLE \"addresses\"")
        .doesNotContain("FOREIGN KEY");
    // Added after the index, the constraint adopts it instead of building an index of its own.
    assertThat(statements.subList(2, 5)).containsExactly(
        "CREATE UNIQUE INDEX \"addresses_customer_id_unique\" ON \"addresses\" (\"customer_id\")",
        "ALTER TABLE \"addresses\" ADD CONSTRAINT \"addresses_customer_id_unique\" UNIQUE (\"customer_id\")",
        "ALTER TABLE \"addresses\" ADD CONSTRAINT \"addresses_customer_id_fkey\" FOREIGN KEY"
            + " (\"customer_id\") REFERENCES \"customers\" (\"id\") ON DELETE CASCADE ON UPDATE CASCADE");
  }

  @Test
  void addsTheForeignKeysOfACycleAfterEveryTableAndKeepsSelfReferencesInline() {
    TableDef left = new TableDef("lefts",
        List.of(ColumnDef.of("id", ValueType.LONG).asAutoIncrement(),
            ColumnDef.of("right_id", ValueType.LONG), ColumnDef.of("parent_id", ValueType.LONG)),
        List.of("id"), List.of(new IndexDef("lefts_right_id", List.of("right_id"), false)),
        List.of(fk("lefts_right_id_fkey", "right_id", "rights"), fk("lefts_parent_id_fkey", "parent_id", "lefts")));
    TableDef right = new TableDef("rights",
        List.of(ColumnDef.of("id", ValueType.LONG).asAutoIncrement(), ColumnDef.of("left_id", ValueType.LONG)),
        List.of("id"), List.of(), List.of(fk("rights_left_id_fkey", "left_id", "lefts")));

    List<String> statements = DdlScript.statements(new SchemaDef(List.of(left, right)), PostgresDialect.INSTANCE);

    assertThat(statements).hasSize(4);
    assertThat(statements.get(0)).startsWith("CREATE TABLE \"lefts\"")
        .contains("CONSTRAINT \"lefts_parent_id_fkey\"").doesNotContain("lefts_right_id_fkey");
    assertThat(statements.get(1)).isEqualTo("CREATE INDEX \"lefts_right_id\" ON \"lefts\" (\"right_id\")");
    assertThat(statements.get(2)).startsWith("CREATE TABLE \"rights\"").contains("CONSTRAINT \"rights_left_id_fkey\"");
    assertThat(statements.get(3)).isEqualTo("ALTER TABLE \"lefts\" ADD CONSTRAINT \"lefts_right_id_fkey\""
        + " FOREIGN KEY (\"right_id\") REFERENCES \"rights\" (\"id\") ON DELETE SET NULL ON UPDATE CASCADE");
  }

  @Test
  void writesAResourceTextPerDialect() {
    for (var dialect : Dialects.all()) {
      String text = DdlScript.text(CUSTOMERS, dialect);
      List<String> statements = DdlScript.statements(CUSTOMERS, dialect);
      assertThat(text).startsWith("-- Joinery schema for " + dialect.name())
          .contains(statements.get(0) + ";\n\n")
          .endsWith(statements.get(statements.size() - 1) + ";\n\n");
    }
  }

  static ForeignKeyDef fk(String name, String column, String table) {
    return new ForeignKeyDef(name, List.of(column), table, List.of("id"),
        ReferentialAction.SET_NULL, ReferentialAction.CASCADE);
  }
}
