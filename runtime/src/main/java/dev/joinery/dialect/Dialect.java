package dev.joinery.dialect;

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
import java.util.List;
import java.util.UUID;

/**
 * What differs between MySQL/MariaDB, PostgreSQL and H2: identifier quoting, SQL types and DDL,
 * paging, the few value types without a portable JDBC mapping, and how constraint violations are
 * reported. Implementations are stateless; {@link Dialects} detects one from a connection.
 * The processor uses the same implementations to write the DDL resources, so the files and the
 * runtime's {@code sync} never disagree.
 */
public interface Dialect {
  /** {@code mysql}, {@code postgresql} or {@code h2}: also the folder of the DDL resource. */
  String name();

  /** The identifier, quoted for this dialect ({@code `x`} or {@code "x"}). */
  String quote(String identifier);

  /** The SQL type of a column, for example {@code VARCHAR(100)} or {@code INT UNSIGNED}. */
  String columnType(ColumnDef column);

  /**
   * {@code CREATE TABLE} for {@code table} with the primary key and the given foreign keys inline;
   * the table's other foreign keys are added later with {@link #addForeignKey} (because their
   * referenced table does not exist yet). Indexes are separate statements ({@link #createIndex}).
   */
  String createTable(TableDef table, List<ForeignKeyDef> inlineForeignKeys);

  /** {@code CREATE TABLE} with all foreign keys inline ({@code true}) or none ({@code false}). */
  default String createTable(TableDef table, boolean withForeignKeys) {
    return createTable(table, withForeignKeys ? table.foreignKeys() : List.of());
  }

  /** {@code CREATE [UNIQUE] INDEX}. */
  String createIndex(TableDef table, IndexDef index);

  /**
   * Every statement that makes {@code index} exist: {@link #createIndex} alone, except where the
   * dialect needs more (H2 lets a foreign key reference a unique index only through a UNIQUE
   * constraint, so it adds one that reuses the index).
   */
  default List<String> createIndexStatements(TableDef table, IndexDef index) {
    return List.of(createIndex(table, index));
  }

  /** {@code ALTER TABLE … ADD COLUMN} with the same column definition {@link #createTable} uses. */
  String addColumn(TableDef table, ColumnDef column);

  /** {@code ALTER TABLE … ADD CONSTRAINT … FOREIGN KEY}. */
  String addForeignKey(TableDef table, ForeignKeyDef foreignKey);

  /** {@code ALTER TABLE … DROP} the foreign-key constraint {@code constraint} of {@code table}. */
  String dropForeignKey(String table, String constraint);

  /** {@code DROP TABLE IF EXISTS}, dropping dependent constraints where the dialect can. */
  String dropTable(String table);

  /**
   * The paging clause to append to a SELECT for the given bounds (null means none): empty when
   * both are null, otherwise starting with a space, for example {@code " LIMIT 10 OFFSET 20"}.
   */
  String limitOffset(Integer limit, Integer offset);

  /** Binds a UUID (or NULL) the way this dialect stores it. */
  void bindUuid(PreparedStatement statement, int position, UUID value) throws SQLException;

  UUID readUuid(ResultSet resultSet, int position) throws SQLException;

  void bindInstant(PreparedStatement statement, int position, Instant value) throws SQLException;

  Instant readInstant(ResultSet resultSet, int position) throws SQLException;

  /** Binds a {@link LocalDateTime} (or NULL) without losing its fraction of a second. */
  default void bindLocalDateTime(PreparedStatement statement, int position, LocalDateTime value)
      throws SQLException {
    if (value == null) statement.setNull(position, Types.TIMESTAMP);
    else statement.setObject(position, value);
  }

  /** Binds a {@link LocalTime} (or NULL) without losing its fraction of a second. */
  default void bindLocalTime(PreparedStatement statement, int position, LocalTime value)
      throws SQLException {
    if (value == null) statement.setNull(position, Types.TIME);
    else statement.setObject(position, value);
  }

  /**
   * What kind of constraint a failed statement violated, from its SQLState and vendor code. Looks
   * through the exception's chain ({@link SQLException#getNextException()} of a batch, and
   * SQLException causes), so the exception a batch throws can be passed as it is.
   */
  ConstraintKind constraintKind(SQLException exception);

  /** Kinds of constraint violation the runtime turns into typed exceptions. */
  enum ConstraintKind { UNIQUE, FOREIGN_KEY, NOT_NULL, CHECK, NONE }
}
