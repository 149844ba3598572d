package dev.joinery.dialect;

import dev.joinery.meta.ValueType;
import dev.joinery.schema.ColumnDef;
import dev.joinery.schema.ForeignKeyDef;
import dev.joinery.schema.IndexDef;
import dev.joinery.schema.TableDef;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * MySQL 8 and MariaDB 10.11, both through mysql-connector-j.
 *
 * <p>Instants are {@code DATETIME(6)} holding UTC wall-clock time, bound and read as a UTC
 * {@link LocalDateTime}: the driver converts neither {@code LocalDateTime} nor {@code DATETIME},
 * so the JVM's and the session's time zones never shift a value (a {@code TIMESTAMP} column
 * would, and ends in 2038). UUIDs are {@code CHAR(36)} in their canonical text form, readable in
 * any client. Tables are InnoDB (foreign keys) in utf8mb4 with the {@code utf8mb4_bin} collation,
 * whatever the server's defaults: the one collation MySQL 8 and MariaDB share that compares by
 * code point, case- and accent-sensitive, as PostgreSQL and H2 do (it still ignores trailing
 * spaces, PAD SPACE; the README says so).
 *
 * <p>Date-times and times are bound as text ({@code 2024-03-10 01:02:03.123456}): MariaDB
 * announces itself as "5.5.5-10.11…", which mysql-connector-j reads as MySQL 5.5 without
 * fractional seconds, so it would drop the microseconds of a bound {@code LocalDateTime}. The
 * server parses the text exactly; reading is unaffected.
 */
public final class MySqlDialect extends SqlDialect {
  /** MySQL has no OFFSET without LIMIT; its manual suggests the largest BIGINT UNSIGNED. */
  private static final String NO_LIMIT = "18446744073709551615";

  /** The one instance; dialects are stateless. */
  public static final MySqlDialect INSTANCE = new MySqlDialect();

  // Vendor codes (MySQL and MariaDB share them unless noted); SQLState is 23000 for most of them
  // and HY000 for some, so the vendor code is what tells them apart.
  private static final int DUPLICATE_ENTRY = 1062;
  private static final int ROW_IS_REFERENCED = 1451;
  private static final int ROW_IS_REFERENCED_2 = 1217;
  private static final int NO_REFERENCED_ROW = 1452;
  private static final int NO_REFERENCED_ROW_2 = 1216;
  private static final int BAD_NULL = 1048;
  private static final int NO_DEFAULT_FOR_FIELD = 1364;
  private static final int CHECK_CONSTRAINT_VIOLATED = 3819; // MySQL 8
  private static final int CONSTRAINT_FAILED = 4025; // MariaDB
  private static final int OUT_OF_RANGE = 1264;

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS", Locale.ROOT);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS", Locale.ROOT);

  private MySqlDialect() {}

  @Override
  public String name() {
    return "mysql";
  }

  /** InnoDB moves {@code AUTO_INCREMENT} past an explicitly inserted key by itself. */
  @Override
  public Optional<String> advanceIdentity(String table, String column) {
    return Optional.empty();
  }

  private static final long MEDIUMTEXT_BYTES = (1L << 24) - 1;

  @Override
  char quoteChar() {
    return '`';
  }

  @Override
  String autoIncrementClause() {
    return "NOT NULL AUTO_INCREMENT";
  }

  @Override
  public String defaultCollation() {
    return "utf8mb4_bin";
  }

  @Override
  String tableOptions() {
    return " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin";
  }

  /**
   * {@code CHARACTER SET x COLLATE y} on the types that hold text (a UUID is {@code CHAR(36)}):
   * a foreign key joins only columns of one character set and collation (errno 150 otherwise),
   * so a key column states the referenced column's even when the table's differ.
   */
  @Override
  String collationClause(ColumnDef column) {
    if (column.collation() == null) return "";
    return switch (column.type()) {
      case STRING, ENUM, UUID ->
          " CHARACTER SET " + column.characterSet() + " COLLATE " + column.collation();
      default -> "";
    };
  }

  /**
   * One {@code ALTER TABLE} for all of a table's additions: InnoDB applies a statement whole or
   * not at all, and MySQL/MariaDB commit every DDL statement on its own, so separate statements
   * could leave a column and its index behind when the foreign key after them fails.
   */
  @Override
  public List<String> alterTable(TableDef table, List<ColumnDef> columns, List<IndexDef> indexes,
      List<ForeignKeyDef> foreignKeys) {
    List<String> clauses = new ArrayList<>();
    columns.forEach(column -> clauses.add("ADD COLUMN " + columnDefinition(table, column)));
    indexes.forEach(index -> clauses.add("ADD " + (index.unique() ? "UNIQUE " : "") + "INDEX "
        + quote(index.name()) + " (" + columnList(index.columns()) + ")"));
    foreignKeys.forEach(foreignKey -> clauses.add("ADD " + foreignKeyConstraint(foreignKey)));
    if (clauses.isEmpty()) return List.of();
    return List.of("ALTER TABLE " + quote(table.name()) + " " + String.join(",\n  ", clauses));
  }

  @Override
  String defaultClause(TableDef table, ColumnDef column) {
    // MySQL 8 takes a default on TEXT only as an expression; MariaDB accepts the same form.
    return column.text() ? " DEFAULT (" + literal(table, column) + ")"
        : super.defaultClause(table, column);
  }

  /**
   * The smallest text type that holds {@code characters} utf8mb4 characters (4 bytes each at
   * most): {@code TEXT} (64 KiB), {@code MEDIUMTEXT} (16 MiB), {@code LONGTEXT} (4 GiB). No length
   * means {@code TEXT}, whose {@link ColumnDef#TEXT_BYTES} bytes are checked before any SQL.
   */
  static String textType(int characters) {
    long bytes = 4L * characters;
    if (bytes <= ColumnDef.TEXT_BYTES) {
      return "TEXT";
    }
    return bytes <= MEDIUMTEXT_BYTES ? "MEDIUMTEXT" : "LONGTEXT";
  }

  @Override
  int ownFractionalDigits(ValueType type) {
    return 0;
  }

  @Override
  public String columnType(ColumnDef column) {
    String unsigned = column.unsigned() ? " UNSIGNED" : "";
    return switch (column.type()) {
      case STRING -> column.text() ? textType(column.length()) : "VARCHAR(" + column.length() + ")";
      case ENUM -> "VARCHAR(" + column.length() + ")";
      case BOOLEAN -> "BOOLEAN";
      case BYTE, SHORT, INT, LONG ->
          integerType(column, "TINYINT", "SMALLINT", "INT", "BIGINT") + unsigned;
      // REAL means DOUBLE in MySQL unless REAL_AS_FLOAT is set, so FLOAT is the 4-byte type.
      case FLOAT -> "FLOAT";
      case DOUBLE -> "DOUBLE";
      case BIG_DECIMAL -> "DECIMAL(" + precisionOrDefault(column) + "," + scaleFor(column) + ")";
      case INSTANT, LOCAL_DATE_TIME -> "DATETIME" + digits(column);
      case LOCAL_DATE -> "DATE";
      case LOCAL_TIME -> "TIME" + digits(column);
      case UUID -> "CHAR(36)";
      case BYTES -> "LONGBLOB";
    };
  }

  @Override
  public String dropForeignKey(String table, String constraint) {
    return "ALTER TABLE " + quote(table) + " DROP FOREIGN KEY " + quote(constraint);
  }

  @Override
  public String dropTable(String table) {
    // MySQL parses CASCADE and ignores it; say only what happens.
    return "DROP TABLE IF EXISTS " + quote(table);
  }

  /**
   * {@code ON DUPLICATE KEY UPDATE} of a column to itself: unlike {@code INSERT IGNORE}, it keeps
   * foreign-key and other errors as errors.
   */
  @Override
  public String insertUnlessKeyExists(String table, List<String> columns) {
    String first = quote(columns.get(0));
    return insert(table, columns) + " ON DUPLICATE KEY UPDATE " + first + " = " + first;
  }

  /**
   * {@code VALUES(col)} rather than MySQL 8.0.19's row alias, which MariaDB does not know. The
   * conflict target is not part of the statement: MySQL fires on any unique key, so a row that
   * collides on another unique index is updated too (documented in the README).
   */
  @Override
  public String upsert(String table, List<String> columns, List<String> conflictColumns,
      List<String> updateColumns, String version) {
    StringBuilder sql = new StringBuilder(insert(table, columns)).append(" ON DUPLICATE KEY UPDATE ");
    if (updateColumns.isEmpty()) {
      String first = quote(conflictColumns.get(0));
      return sql.append(first).append(" = ").append(first).toString();
    }
    for (int i = 0; i < updateColumns.size(); i++) {
      String column = quote(updateColumns.get(i));
      sql.append(i == 0 ? "" : ", ").append(column).append(" = VALUES(").append(column).append(')');
    }
    if (version != null) {
      // The stored row's value: an unqualified column here is the existing row's.
      String counter = quote(version);
      sql.append(", ").append(counter).append(" = ").append(counter).append(" + 1");
    }
    return sql.toString();
  }

  /**
   * The affected-rows count of {@code ON DUPLICATE KEY UPDATE}: 1 for an inserted row, 2 for an
   * updated one. Connector/J connects with {@code CLIENT_FOUND_ROWS} unless
   * {@code useAffectedRows=true}, and then an existing row left unchanged counts 1 too (0
   * without the flag): 1 means inserted only when the update always changes the row.
   */
  @Override
  public Optional<Boolean> upsertInserted(int updateCount, boolean rowAlwaysChanges) {
    if (updateCount == 1 && !rowAlwaysChanges) {
      return Optional.empty();
    }
    return Optional.of(updateCount == 1);
  }

  @Override
  public String boundLimitOffset(boolean limit, boolean offset) {
    return !limit && offset
        ? " LIMIT " + NO_LIMIT + " OFFSET ?" : super.boundLimitOffset(limit, offset);
  }

  @Override
  public void bindUuid(PreparedStatement statement, int position, UUID value) throws SQLException {
    if (value == null) statement.setNull(position, Types.CHAR);
    else statement.setString(position, value.toString());
  }

  @Override
  public UUID readUuid(ResultSet resultSet, int position) throws SQLException {
    String value = resultSet.getString(position);
    return value == null ? null : UUID.fromString(value);
  }

  @Override
  public void bindInstant(PreparedStatement statement, int position, Instant value)
      throws SQLException {
    bindLocalDateTime(statement, position,
        value == null ? null : utc(value));
  }

  @Override
  public void bindLocalDateTime(PreparedStatement statement, int position, LocalDateTime value)
      throws SQLException {
    if (value == null) statement.setNull(position, Types.TIMESTAMP);
    else statement.setString(position, DATE_TIME.format(value));
  }

  @Override
  public void bindLocalTime(PreparedStatement statement, int position, LocalTime value)
      throws SQLException {
    if (value == null) statement.setNull(position, Types.TIME);
    else statement.setString(position, TIME.format(value));
  }

  @Override
  public Instant readInstant(ResultSet resultSet, int position) throws SQLException {
    LocalDateTime value = resultSet.getObject(position, LocalDateTime.class);
    return value == null ? null : value.toInstant(ZoneOffset.UTC);
  }

  @Override
  ConstraintKind classify(SQLException exception) {
    return switch (exception.getErrorCode()) {
      case DUPLICATE_ENTRY -> ConstraintKind.UNIQUE;
      case ROW_IS_REFERENCED, ROW_IS_REFERENCED_2, NO_REFERENCED_ROW, NO_REFERENCED_ROW_2 ->
          ConstraintKind.FOREIGN_KEY;
      case BAD_NULL, NO_DEFAULT_FOR_FIELD -> ConstraintKind.NOT_NULL;
      // A negative value in an UNSIGNED column is refused as out of range; the other dialects
      // render unsigned as a CHECK, so it is the same violation everywhere.
      case CHECK_CONSTRAINT_VIOLATED, CONSTRAINT_FAILED, OUT_OF_RANGE -> ConstraintKind.CHECK;
      default -> ConstraintKind.NONE;
    };
  }

  @Override
  public String toString() {
    return name();
  }
}
