package dev.joinery.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.joinery.annotation.ReferentialAction;
import dev.joinery.dialect.Dialect.ConstraintKind;
import dev.joinery.meta.ValueType;
import dev.joinery.schema.ColumnDef;
import dev.joinery.schema.DdlScript;
import dev.joinery.schema.ForeignKeyDef;
import dev.joinery.schema.IndexDef;
import dev.joinery.schema.SchemaDef;
import dev.joinery.schema.TableDef;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.Engine;
import dev.joinery.testing.TestDatabase;
import java.math.BigDecimal;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each dialect against its real database: detection, types, value binding, violations. */
class DialectTest {
  private static final TableDef PARENTS = new TableDef("parents",
      List.of(ColumnDef.of("id", ValueType.INT).asUnsigned().asAutoIncrement(),
          ColumnDef.of("code", ValueType.STRING).withLength(20).notNull(),
          ColumnDef.of("quantity", ValueType.INT).asUnsigned()),
      List.of("id"),
      List.of(new IndexDef("parents_code_unique", List.of("code"), true)),
      List.of());

  private static final TableDef CHILDREN = new TableDef("children",
      List.of(ColumnDef.of("id", ValueType.INT).asUnsigned().asAutoIncrement(),
          ColumnDef.of("parent_id", ValueType.INT).asUnsigned().notNull()),
      List.of("id"),
      List.of(),
      List.of(new ForeignKeyDef("children_parent_id_fkey", List.of("parent_id"), "parents",
          List.of("id"), ReferentialAction.RESTRICT, ReferentialAction.CASCADE)));

  @Test
  void listsEveryDialectAndFindsThemByName() {
    assertThat(Dialects.all()).extracting(Dialect::name).containsExactly("mysql", "postgresql", "h2");
    assertThat(Dialects.named("h2")).isSameAs(H2Dialect.INSTANCE);
    assertThat(MySqlDialect.INSTANCE.quote("a`b")).isEqualTo("`a``b`");
    assertThat(PostgresDialect.INSTANCE.quote("a\"b")).isEqualTo("\"a\"\"b\"");
  }

  @Test
  void theUtcDateTimeOfAnInstantIsWhatLocalDateTimeOfInstantSays() {
    for (String at : List.of("2024-03-10T01:02:03.123456789Z", "1969-12-31T23:59:59.999999Z",
        "1900-01-01T00:00:00.000001Z", "2038-01-19T03:14:08Z")) {
      Instant instant = Instant.parse(at);
      assertThat(SqlDialect.utc(instant))
          .isEqualTo(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
  }

  @DatabaseTest
  void detectsTheDialectFromTheConnection(TestDatabase db) throws SQLException {
    try (Connection connection = db.dataSource().getConnection()) {
      assertThat(Dialects.detect(connection)).isSameAs(switch (db.engine()) {
        case H2 -> H2Dialect.INSTANCE;
        case MARIADB -> MySqlDialect.INSTANCE;
        case POSTGRESQL -> PostgresDialect.INSTANCE;
      });
    }
  }

  @DatabaseTest
  void classifiesRealConstraintViolations(TestDatabase db) throws SQLException {
    create(db, PARENTS, CHILDREN);
    Dialect dialect = db.dialect();
    String parents = db.q("parents");
    String children = db.q("children");
    db.execute("INSERT INTO " + parents + " (" + db.q("code") + ") VALUES ('a')");
    db.execute("INSERT INTO " + children + " (" + db.q("parent_id") + ") VALUES (1)");

    assertThat(kind(db, "INSERT INTO " + parents + " (" + db.q("code") + ") VALUES ('a')"))
        .isEqualTo(ConstraintKind.UNIQUE);
    assertThat(kind(db, "INSERT INTO " + children + " (" + db.q("parent_id") + ") VALUES (99)"))
        .isEqualTo(ConstraintKind.FOREIGN_KEY);
    assertThat(kind(db, "DELETE FROM " + parents))
        .isEqualTo(ConstraintKind.FOREIGN_KEY);
    assertThat(kind(db, "INSERT INTO " + children + " (" + db.q("parent_id") + ") VALUES (NULL)"))
        .isEqualTo(ConstraintKind.NOT_NULL);
    // A NOT NULL column left out: MySQL says "no default value" (1364), the others NOT NULL.
    assertThat(kind(db, "INSERT INTO " + parents + " (" + db.q("quantity") + ") VALUES (1)"))
        .isEqualTo(ConstraintKind.NOT_NULL);
    // Unsigned: a CHECK on PostgreSQL and H2, an out-of-range UNSIGNED value on MySQL.
    assertThat(kind(db, "INSERT INTO " + parents + " (" + db.q("code") + ", " + db.q("quantity") + ") VALUES ('b', -1)"))
        .isEqualTo(ConstraintKind.CHECK);
    assertThat(kind(db, "SELECT nonsense FROM " + parents))
        .isEqualTo(ConstraintKind.NONE);

    try (Connection connection = db.dataSource().getConnection();
        PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO " + parents + " (" + db.q("code") + ") VALUES (?)")) {
      for (String code : List.of("c", "d", "a")) {
        insert.setString(1, code);
        insert.addBatch();
      }
      BatchUpdateException failure = catchThrowableOfType(BatchUpdateException.class, insert::executeBatch);
      assertThat(dialect.constraintKind(failure)).isEqualTo(ConstraintKind.UNIQUE);
    }
  }

  @DatabaseTest
  void acceptsEveryColumnTypeAndRoundTripsItsValues(TestDatabase db) throws SQLException {
    TableDef all = new TableDef("everything",
        List.of(ColumnDef.of("id", ValueType.LONG).asAutoIncrement(),
            ColumnDef.of("s", ValueType.STRING).withLength(40).withDefault("it's"),
            ColumnDef.of("t", ValueType.STRING).asText(),
            ColumnDef.of("b", ValueType.BOOLEAN).notNull().withDefault("true"),
            ColumnDef.of("i8", ValueType.BYTE), ColumnDef.of("i16", ValueType.SHORT),
            ColumnDef.of("i32", ValueType.INT).withDefault("7"), ColumnDef.of("i64", ValueType.LONG),
            ColumnDef.of("u8", ValueType.BYTE).asUnsigned(), ColumnDef.of("u64", ValueType.LONG).asUnsigned(),
            ColumnDef.of("f", ValueType.FLOAT), ColumnDef.of("d", ValueType.DOUBLE),
            ColumnDef.of("dec", ValueType.BIG_DECIMAL), ColumnDef.of("money", ValueType.BIG_DECIMAL).withPrecision(10, 4),
            ColumnDef.of("at", ValueType.INSTANT), ColumnDef.of("ldt", ValueType.LOCAL_DATE_TIME),
            ColumnDef.of("ld", ValueType.LOCAL_DATE), ColumnDef.of("lt", ValueType.LOCAL_TIME),
            ColumnDef.of("u", ValueType.UUID), ColumnDef.of("e", ValueType.ENUM).withLength(10),
            ColumnDef.of("bytes", ValueType.BYTES)),
        List.of("id"), List.of(), List.of());
    create(db, all);
    Dialect dialect = db.dialect();
    Instant at = Instant.parse("2024-03-10T01:02:03.123456Z");
    UUID uuid = UUID.randomUUID();
    LocalDateTime ldt = LocalDateTime.parse("2024-03-10T01:02:03.654321");
    LocalTime lt = LocalTime.parse("13:14:15.123456");

    try (Connection connection = db.dataSource().getConnection()) {
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + db.q("everything")
          + " (" + db.q("t") + ", " + db.q("i8") + ", " + db.q("i16") + ", " + db.q("i64") + ", "
          + db.q("u8") + ", " + db.q("u64") + ", " + db.q("f") + ", " + db.q("d") + ", "
          + db.q("dec") + ", " + db.q("money") + ", " + db.q("at") + ", " + db.q("ldt") + ", "
          + db.q("ld") + ", " + db.q("lt") + ", " + db.q("u") + ", " + db.q("e") + ", "
          + db.q("bytes") + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        insert.setString(1, "long text");
        insert.setByte(2, (byte) -8);
        insert.setShort(3, (short) -16);
        insert.setLong(4, Long.MIN_VALUE);
        insert.setByte(5, Byte.MAX_VALUE);
        insert.setLong(6, Long.MAX_VALUE);
        insert.setFloat(7, 1.5f);
        insert.setDouble(8, 2.25d);
        insert.setBigDecimal(9, new BigDecimal("12345678901234567.89"));
        insert.setBigDecimal(10, new BigDecimal("123456.7891"));
        dialect.bindInstant(insert, 11, at);
        dialect.bindLocalDateTime(insert, 12, ldt);
        insert.setObject(13, LocalDate.of(2024, 2, 29));
        dialect.bindLocalTime(insert, 14, lt);
        dialect.bindUuid(insert, 15, uuid);
        insert.setString(16, "RED");
        insert.setBytes(17, new byte[] {1, 2, 3});
        insert.executeUpdate();
      }
      try (Statement select = connection.createStatement();
          ResultSet rs = select.executeQuery("SELECT * FROM " + db.q("everything"))) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString("s")).isEqualTo("it's");
        assertThat(rs.getString("t")).isEqualTo("long text");
        assertThat(rs.getBoolean("b")).isTrue();
        assertThat(rs.getByte("i8")).isEqualTo((byte) -8);
        assertThat(rs.getShort("i16")).isEqualTo((short) -16);
        assertThat(rs.getInt("i32")).isEqualTo(7);
        assertThat(rs.getLong("i64")).isEqualTo(Long.MIN_VALUE);
        assertThat(rs.getByte("u8")).isEqualTo(Byte.MAX_VALUE);
        assertThat(rs.getLong("u64")).isEqualTo(Long.MAX_VALUE);
        assertThat(rs.getFloat("f")).isEqualTo(1.5f);
        assertThat(rs.getDouble("d")).isEqualTo(2.25d);
        assertThat(rs.getBigDecimal("dec")).isEqualByComparingTo("12345678901234567.89");
        assertThat(rs.getBigDecimal("money")).isEqualByComparingTo("123456.7891");
        assertThat(dialect.readInstant(rs, rs.findColumn("at"))).isEqualTo(at);
        assertThat(rs.getObject("ldt", LocalDateTime.class)).isEqualTo(ldt);
        assertThat(rs.getObject("ld", LocalDate.class)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(rs.getObject("lt", LocalTime.class)).isEqualTo(lt);
        assertThat(dialect.readUuid(rs, rs.findColumn("u"))).isEqualTo(uuid);
        assertThat(rs.getString("e")).isEqualTo("RED");
        assertThat(rs.getBytes("bytes")).containsExactly(1, 2, 3);
      }
    }
  }

  @DatabaseTest
  void roundTripsNullUuidsAndInstants(TestDatabase db) throws SQLException {
    create(db, new TableDef("nullables",
        List.of(ColumnDef.of("u", ValueType.UUID), ColumnDef.of("at", ValueType.INSTANT)),
        List.of(), List.of(), List.of()));
    try (Connection connection = db.dataSource().getConnection()) {
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO " + db.q("nullables") + " VALUES (?, ?)")) {
        db.dialect().bindUuid(insert, 1, null);
        db.dialect().bindInstant(insert, 2, null);
        insert.executeUpdate();
      }
      try (Statement select = connection.createStatement();
          ResultSet rs = select.executeQuery("SELECT * FROM " + db.q("nullables"))) {
        assertThat(rs.next()).isTrue();
        assertThat(db.dialect().readUuid(rs, 1)).isNull();
        assertThat(db.dialect().readInstant(rs, 2)).isNull();
      }
    }
  }

  /**
   * Instants survive any JVM and session time zone, and MySQL's DATETIME holds the UTC wall
   * clock (what another client reading the column sees).
   */
  @DatabaseTest
  void storesInstantsInUtcWhateverTheTimeZones(TestDatabase db) throws SQLException {
    create(db, new TableDef("moments", List.of(ColumnDef.of("at", ValueType.INSTANT)),
        List.of(), List.of(), List.of()));
    Instant at = Instant.parse("2024-07-01T22:30:00.000001Z");
    TimeZone original = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kolkata"));
    try (Connection connection = db.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      if (db.engine() == Engine.MARIADB) statement.execute("SET time_zone = '-07:00'");
      if (db.engine() == Engine.POSTGRESQL) statement.execute("SET TIME ZONE 'America/Los_Angeles'");
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO " + db.q("moments") + " VALUES (?)")) {
        db.dialect().bindInstant(insert, 1, at);
        insert.executeUpdate();
      }
      try (ResultSet rs = statement.executeQuery("SELECT " + db.q("at") + " FROM " + db.q("moments"))) {
        rs.next();
        assertThat(db.dialect().readInstant(rs, 1)).isEqualTo(at);
      }
      if (db.engine() == Engine.MARIADB) {
        try (ResultSet rs = statement.executeQuery("SELECT CAST(`at` AS CHAR) FROM `moments`")) {
          rs.next();
          assertThat(rs.getString(1)).isEqualTo("2024-07-01 22:30:00.000001");
        }
      }
    } finally {
      TimeZone.setDefault(original);
    }
  }

  @DatabaseTest
  void pagesWithItsLimitClause(TestDatabase db) {
    db.execute("CREATE TABLE " + db.q("numbers") + " (" + db.q("n") + " INT)",
        "INSERT INTO " + db.q("numbers") + " VALUES (1), (2), (3), (4)");
    String select = "SELECT " + db.q("n") + " FROM " + db.q("numbers") + " ORDER BY " + db.q("n");
    Dialect dialect = db.dialect();
    db.jdbi().useHandle(h -> {
      assertThat(h.createQuery(select + dialect.limitOffset(2, 1)).mapTo(Integer.class).list()).containsExactly(2, 3);
      assertThat(h.createQuery(select + dialect.limitOffset(null, 3)).mapTo(Integer.class).list()).containsExactly(4);
      assertThat(h.createQuery(select + dialect.limitOffset(1, null)).mapTo(Integer.class).list()).containsExactly(1);
      assertThat(dialect.limitOffset(null, null)).isEmpty();
      // The bound form, as the engine pages: the limit's placeholder before the offset's.
      assertThat(h.createQuery(select + dialect.boundLimitOffset(true, true)).bind(0, 2).bind(1, 1)
          .mapTo(Integer.class).list()).containsExactly(2, 3);
      assertThat(h.createQuery(select + dialect.boundLimitOffset(false, true)).bind(0, 3)
          .mapTo(Integer.class).list()).containsExactly(4);
      assertThat(h.createQuery(select + dialect.boundLimitOffset(true, false)).bind(0, 1)
          .mapTo(Integer.class).list()).containsExactly(1);
      assertThat(dialect.boundLimitOffset(false, false)).isEmpty();
    });
  }

  private static void create(TestDatabase db, TableDef... tables) {
    db.execute(DdlScript.statements(new SchemaDef(List.of(tables)), db.dialect()).toArray(String[]::new));
  }

  private static ConstraintKind kind(TestDatabase db, String sql) {
    try (Connection connection = db.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      return db.dialect().constraintKind(e);
    }
    throw new AssertionError("no violation: " + sql);
  }
}
