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
import java.util.Optional;
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
   * The fractional digits of seconds a timestamp or time column holds on this database: its
   * precision, or for {@link ColumnDef#DATABASE_FRACTIONAL_DIGITS} (a type written without
   * digits) the database's own: 0 on MySQL/MariaDB, 6 on PostgreSQL, on H2 6 but 0 for a
   * {@code TIME}. -1 for a column of another type.
   */
  int fractionalDigits(ColumnDef column);

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

  /**
   * The collation a column of a table this dialect creates has when it states none, or
   * {@code null} where the dialect states none either (the database's default).
   */
  default String defaultCollation() {
    return null;
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

  /**
   * Whether a new table's foreign keys are added after its indexes rather than inside
   * {@code CREATE TABLE}: where a constraint builds an index of its own unless one that can serve
   * it exists already (H2), so that each foreign-key column ends up with one index.
   */
  default boolean addsForeignKeysAfterIndexes() {
    return false;
  }

  /** {@code ALTER TABLE … ADD COLUMN} with the same column definition {@link #createTable} uses. */
  String addColumn(TableDef table, ColumnDef column);

  /**
   * The statements that add {@code columns}, then {@code indexes}, then {@code foreignKeys} to the
   * existing table {@code table}: one statement each by default, in that order (an index needs its
   * column, a foreign key may need a unique index); one {@code ALTER TABLE} on MySQL/MariaDB,
   * where each DDL statement commits by itself and only a single statement is all or nothing.
   */
  default List<String> alterTable(TableDef table, List<ColumnDef> columns, List<IndexDef> indexes,
      List<ForeignKeyDef> foreignKeys) {
    List<String> statements = new java.util.ArrayList<>();
    columns.forEach(column -> statements.add(addColumn(table, column)));
    indexes.forEach(index -> statements.addAll(createIndexStatements(table, index)));
    foreignKeys.forEach(foreignKey -> statements.add(addForeignKey(table, foreignKey)));
    return statements;
  }

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

  /**
   * The paging clause with a {@code ?} for each bound that is given, the limit's before the
   * offset's: empty when neither is, otherwise starting with a space, for example
   * {@code " LIMIT ? OFFSET ?"}. Bound rather than written out, the pages of one query share one
   * statement text: one cached plan in Joinery, one prepared statement on the server.
   */
  String boundLimitOffset(boolean limit, boolean offset);

  /**
   * The statement that moves the identity of auto-increment column {@code column} past the
   * highest key of {@code table}, never backwards, once rows were inserted with keys of their own;
   * empty where the database does that by itself (MySQL's {@code AUTO_INCREMENT}). Needed because
   * a {@code GENERATED BY DEFAULT AS IDENTITY} column takes an explicit key without advancing its
   * sequence, so the next generated key would collide with it.
   */
  Optional<String> advanceIdentity(String table, String column);

  /**
   * {@code INSERT INTO table (columns) VALUES (?, …)} that inserts nothing, without failing, when
   * a row with the same primary key exists: one statement that links only what is not linked yet,
   * where a SELECT of the existing links and an INSERT of the others would take two (and a
   * transaction). Other constraint violations still fail.
   */
  String insertUnlessKeyExists(String table, List<String> columns);

  /**
   * One statement that inserts a row or, when a row with the same values in
   * {@code conflictColumns} (the primary key or a unique index) exists, updates its
   * {@code updateColumns} to the given values instead (Sequelize's {@code upsert}). The parameters
   * are the values of {@code columns}, in order, once. With no {@code updateColumns} an existing
   * row is left as it is. MySQL/MariaDB: {@code INSERT … ON DUPLICATE KEY UPDATE}; PostgreSQL:
   * {@code INSERT … ON CONFLICT (…) DO UPDATE}; H2: the standard {@code MERGE INTO … USING}.
   */
  default String upsert(String table, List<String> columns, List<String> conflictColumns,
      List<String> updateColumns) {
    return upsert(table, columns, conflictColumns, updateColumns, null);
  }

  /**
   * {@link #upsert} whose update also moves the {@code @Version} counter {@code version}
   * ({@code version = version + 1} on the stored row; {@code null}: none). The counter is not one
   * of {@code updateColumns}: an upsert writes the given state whatever version was read, as
   * {@code update(assignments, where)} does, and moves the counter so that records read before
   * are stale.
   */
  String upsert(String table, List<String> columns, List<String> conflictColumns,
      List<String> updateColumns, String version);

  /**
   * Text appended to an {@link #upsert} to return the row as stored, followed by one boolean
   * column that says whether it was inserted; empty where the database cannot return rows from an
   * upsert (MySQL/MariaDB, H2).
   */
  default Optional<String> upsertReturning(List<String> columns) {
    return Optional.empty();
  }

  /**
   * Whether an {@link #upsert} that reported {@code updateCount} inserted its row, where the count
   * tells: empty where it does not (H2 counts 1 either way; PostgreSQL says it through
   * {@link #upsertReturning} instead). {@code rowAlwaysChanges}: the update sets a column to a new
   * value every time (an {@code @UpdatedAt}), so an existing row is never left unchanged.
   */
  default Optional<Boolean> upsertInserted(int updateCount, boolean rowAlwaysChanges) {
    return Optional.empty();
  }

  /**
   * The JDBC isolation level ({@link java.sql.Connection#TRANSACTION_REPEATABLE_READ} …) at which
   * the statements of one transaction read one snapshot of the database, so rows committed by
   * others meanwhile show in none of them: REPEATABLE READ on PostgreSQL (a snapshot from the first
   * statement), on MySQL/MariaDB (InnoDB's consistent read from the first read) and on H2 (whose
   * MVStore keeps a snapshot from the first statement; its default, READ COMMITTED, does not).
   */
  default int snapshotIsolation() {
    return java.sql.Connection.TRANSACTION_REPEATABLE_READ;
  }

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
