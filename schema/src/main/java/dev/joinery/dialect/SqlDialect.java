package dev.joinery.dialect;

import dev.joinery.InvalidDefinitionException;
import dev.joinery.meta.ValueType;
import dev.joinery.schema.ColumnDef;
import dev.joinery.schema.ForeignKeyDef;
import dev.joinery.schema.FractionalSeconds;
import dev.joinery.schema.IndexDef;
import dev.joinery.schema.TableDef;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The DDL every supported database writes the same way: table, index and constraint statements
 * built from the column definitions of the concrete dialect. Subclasses supply quoting, types,
 * auto-increment and the classification of vendor codes.
 */
abstract class SqlDialect implements Dialect {
  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

  /** The identifier quote character. */
  abstract char quoteChar();

  /** The column definition's words after the type for an auto-increment column. */
  abstract String autoIncrementClause();

  /** Text after the closing parenthesis of {@code CREATE TABLE}, or empty. */
  String tableOptions() {
    return "";
  }

  /** A CHECK that keeps an unsigned column non-negative, where the type cannot. */
  String unsignedCheck(ColumnDef column) {
    return "";
  }

  /**
   * The words after the type that give a column its collation ({@link ColumnDef#collation()}), or
   * empty where it has none or the dialect keeps one collation per database (H2).
   */
  String collationClause(ColumnDef column) {
    return "";
  }

  /** The {@code DEFAULT} expression of a column; MySQL wraps some literals in parentheses. */
  String defaultClause(TableDef table, ColumnDef column) {
    return " DEFAULT " + literal(table, column);
  }

  /** The constraint kind of one exception of the chain, or {@code NONE}. */
  abstract ConstraintKind classify(SQLException exception);

  @Override
  public String quote(String identifier) {
    String q = String.valueOf(quoteChar());
    return q + identifier.replace(q, q + q) + q;
  }

  @Override
  public String createTable(TableDef table, List<ForeignKeyDef> inlineForeignKeys) {
    StringBuilder sql = new StringBuilder("CREATE TABLE ").append(quote(table.name())).append(" (");
    String separator = "\n  ";
    for (ColumnDef column : table.columns()) {
      sql.append(separator).append(columnDefinition(table, column));
      separator = ",\n  ";
    }
    if (!table.primaryKey().isEmpty()) {
      sql.append(separator).append("PRIMARY KEY (").append(columnList(table.primaryKey())).append(')');
    }
    for (ForeignKeyDef foreignKey : inlineForeignKeys) {
      sql.append(separator).append(foreignKeyConstraint(foreignKey));
    }
    return sql.append("\n)").append(tableOptions()).toString();
  }

  @Override
  public String createIndex(TableDef table, IndexDef index) {
    return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + quote(index.name())
        + " ON " + quote(table.name()) + " (" + columnList(index.columns()) + ")";
  }

  @Override
  public String addColumn(TableDef table, ColumnDef column) {
    return "ALTER TABLE " + quote(table.name()) + " ADD COLUMN " + columnDefinition(table, column);
  }

  @Override
  public String addForeignKey(TableDef table, ForeignKeyDef foreignKey) {
    return "ALTER TABLE " + quote(table.name()) + " ADD " + foreignKeyConstraint(foreignKey);
  }

  @Override
  public String dropForeignKey(String table, String constraint) {
    return "ALTER TABLE " + quote(table) + " DROP CONSTRAINT " + quote(constraint);
  }

  @Override
  public String dropTable(String table) {
    return "DROP TABLE IF EXISTS " + quote(table) + " CASCADE";
  }

  /** The bound clause with the numbers written in, so that each dialect states its form once. */
  @Override
  public final String limitOffset(Integer limit, Integer offset) {
    String clause = boundLimitOffset(limit != null, offset != null);
    if (limit != null) clause = clause.replaceFirst("\\?", Integer.toString(limit));
    if (offset != null) clause = clause.replaceFirst("\\?", Integer.toString(offset));
    return clause;
  }

  @Override
  public String boundLimitOffset(boolean limit, boolean offset) {
    return (limit ? " LIMIT ?" : "") + (offset ? " OFFSET ?" : "");
  }

  @Override
  public final ConstraintKind constraintKind(SQLException exception) {
    // Batches chain the per-row failure through getNextException; drivers and pools sometimes
    // wrap the vendor's exception as the cause. The first recognised kind wins.
    // Bounded, because nothing stops a driver from building a cyclic chain.
    int depth = 0;
    for (Throwable t = exception; t != null && depth < 16; t = t.getCause(), depth++) {
      if (t instanceof SQLException sql) {
        int next = 0;
        for (SQLException e = sql; e != null && next < 16; e = e.getNextException(), next++) {
          ConstraintKind kind = classify(e);
          if (kind != ConstraintKind.NONE) return kind;
        }
      }
    }
    return ConstraintKind.NONE;
  }

  /** {@code value} as an SQL string literal. */
  static String stringLiteral(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  /** {@code "name" TYPE [identity] [DEFAULT x] [NOT NULL] [CHECK (…)]}, in an order all accept. */
  String columnDefinition(TableDef table, ColumnDef column) {
    StringBuilder sql = new StringBuilder(quote(column.name())).append(' ').append(columnType(column))
        .append(collationClause(column));
    if (column.autoIncrement()) {
      sql.append(' ').append(autoIncrementClause());
    } else {
      if (column.defaultValue() != null) sql.append(defaultClause(table, column));
      if (!column.nullable() || table.primaryKey().contains(column.name())) sql.append(" NOT NULL");
    }
    return sql.append(column.unsigned() ? unsignedCheck(column) : "").toString();
  }

  String foreignKeyConstraint(ForeignKeyDef foreignKey) {
    return "CONSTRAINT " + quote(foreignKey.name())
        + " FOREIGN KEY (" + columnList(foreignKey.columns()) + ")"
        + " REFERENCES " + quote(foreignKey.referencedTable())
        + " (" + columnList(foreignKey.referencedColumns()) + ")"
        + " ON DELETE " + foreignKey.onDelete().sql()
        + " ON UPDATE " + foreignKey.onUpdate().sql();
  }

  String columnList(List<String> columns) {
    return columns.stream().map(this::quote).collect(Collectors.joining(", "));
  }

  /**
   * The user's default as a SQL literal of the column's type: numbers and booleans as they are
   * (checked, since they are not quoted), everything else as a quoted string.
   */
  String literal(TableDef table, ColumnDef column) {
    String value = column.defaultValue();
    ValueType type = column.type();
    switch (type) {
      case BYTE, SHORT, INT, LONG, FLOAT, DOUBLE, BIG_DECIMAL -> {
        if (!NUMBER.matcher(value.trim()).matches()) {
          throw new InvalidDefinitionException("Default value '" + value + "' of column \""
              + table.name() + "." + column.name() + "\" is not a number", table.name(),
              column.name());
        }
        return value.trim();
      }
      case BOOLEAN -> {
        String v = value.trim().toLowerCase(java.util.Locale.ROOT);
        if (v.equals("true") || v.equals("1")) return "TRUE";
        if (v.equals("false") || v.equals("0")) return "FALSE";
        throw new InvalidDefinitionException("Default value '" + value + "' of column \""
            + table.name() + "." + column.name() + "\" is not a boolean: write true or false",
            table.name(), column.name());
      }
      case BYTES -> throw new InvalidDefinitionException("Column \"" + table.name() + "."
          + column.name() + "\" holds bytes, which cannot have a default value", table.name(),
          column.name());
      default -> {
        return "'" + value.replace("'", "''") + "'";
      }
    }
  }

  /** The SQL type of an integer column, given the types of this database. */
  static String integerType(ColumnDef column, String tiny, String small, String regular, String big) {
    return switch (column.type()) {
      case BYTE -> tiny;
      case SHORT -> small;
      case INT -> regular;
      case LONG -> big;
      default -> throw new IllegalArgumentException(column.type() + " is not an integer type");
    };
  }

  @Override
  public final int fractionalDigits(ColumnDef column) {
    if (!FractionalSeconds.applies(column.type())) {
      return -1;
    }
    return column.precision() == ColumnDef.DATABASE_FRACTIONAL_DIGITS
        ? ownFractionalDigits(column.type()) : column.precision();
  }

  /** What this database gives a timestamp or time type written without digits. */
  abstract int ownFractionalDigits(ValueType type);

  /**
   * The parenthesised fractional digits of a timestamp or time type ({@code (6)}), or nothing
   * where the database is to give its own.
   */
  static String digits(ColumnDef column) {
    return column.precision() == ColumnDef.DATABASE_FRACTIONAL_DIGITS
        ? "" : "(" + column.precision() + ")";
  }

  static int precisionOrDefault(ColumnDef column) {
    return column.precision() > 0 ? column.precision() : 19;
  }

  static int scaleFor(ColumnDef column) {
    return column.precision() > 0 ? column.scale() : 2;
  }

  // The JDBC 4.2 mappings, which PostgreSQL's and H2's drivers implement natively; MySQL's
  // dialect overrides them (CHAR(36) UUIDs, UTC DATETIME text).

  @Override
  public void bindUuid(PreparedStatement statement, int position, UUID value) throws SQLException {
    if (value == null) statement.setNull(position, Types.OTHER);
    else statement.setObject(position, value);
  }

  @Override
  public UUID readUuid(ResultSet resultSet, int position) throws SQLException {
    return resultSet.getObject(position, UUID.class);
  }

  @Override
  public void bindInstant(PreparedStatement statement, int position, Instant value)
      throws SQLException {
    if (value == null) statement.setNull(position, Types.TIMESTAMP_WITH_TIMEZONE);
    else statement.setObject(position, OffsetDateTime.of(utc(value), ZoneOffset.UTC));
  }

  /**
   * The UTC date and time of {@code value}. {@code LocalDateTime.ofInstant(value, UTC)} says the
   * same but asks the offset for its rules, and on JDK 17 {@code ZoneOffset.getRules()} builds a
   * new {@code ZoneRules} with its own cache map on every call: several objects per value bound.
   */
  static LocalDateTime utc(Instant value) {
    return LocalDateTime.ofEpochSecond(value.getEpochSecond(), value.getNano(), ZoneOffset.UTC);
  }

  @Override
  public Instant readInstant(ResultSet resultSet, int position) throws SQLException {
    OffsetDateTime value = resultSet.getObject(position, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /** {@code INSERT INTO table (columns) VALUES (?, …)}, for the dialects to finish. */
  final String insert(String table, List<String> columns) {
    StringBuilder sql = new StringBuilder("INSERT INTO ").append(quote(table)).append(" (")
        .append(columnList(columns)).append(") VALUES (");
    for (int i = 0; i < columns.size(); i++) {
      sql.append(i == 0 ? "?" : ", ?");
    }
    return sql.append(')').toString();
  }
}
