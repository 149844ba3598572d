package dev.joinery.dialect;

import dev.joinery.schema.ColumnDef;
import dev.joinery.schema.ForeignKeyDef;
import dev.joinery.schema.IndexDef;
import dev.joinery.schema.TableDef;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
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
   * {@code CREATE TABLE} for {@code table}, with the foreign keys whose referenced table is in
   * {@code inlineForeignKeys} position; the others are added with {@link #addForeignKey}.
   * Indexes are separate statements ({@link #createIndex}).
   */
  String createTable(TableDef table, boolean withForeignKeys);

  String createIndex(TableDef table, IndexDef index);

  String addColumn(TableDef table, ColumnDef column);

  String addForeignKey(TableDef table, ForeignKeyDef foreignKey);

  /** {@code DROP TABLE IF EXISTS}, dropping dependent constraints where the dialect can. */
  String dropTable(String table);

  /** Appends {@code LIMIT/OFFSET} (or its equivalent) for the given bounds; null means none. */
  String limitOffset(Integer limit, Integer offset);

  void bindUuid(PreparedStatement statement, int position, UUID value) throws SQLException;

  UUID readUuid(ResultSet resultSet, int position) throws SQLException;

  void bindInstant(PreparedStatement statement, int position, Instant value) throws SQLException;

  Instant readInstant(ResultSet resultSet, int position) throws SQLException;

  /** What kind of constraint a failed statement violated, from its SQLState and vendor code. */
  ConstraintKind constraintKind(SQLException exception);

  /** Kinds of constraint violation the runtime turns into typed exceptions. */
  enum ConstraintKind { UNIQUE, FOREIGN_KEY, NOT_NULL, CHECK, NONE }
}
