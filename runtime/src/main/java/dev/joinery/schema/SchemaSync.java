package dev.joinery.schema;

import dev.joinery.JoineryConfig;
import dev.joinery.SchemaSyncException;
import dev.joinery.dialect.Dialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.TemplateEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a database to a {@link SchemaDef}: {@link SyncMode#CREATE} what is missing,
 * {@link SyncMode#FORCE} a fresh start, or {@link SyncMode#ALTER} to add what the live catalog
 * lacks. {@link #plan} returns the statements without running them (to review, or to hand to a
 * migration tool); {@link #sync} runs exactly those.
 *
 * <p>ALTER only adds: tables, columns, indexes, foreign keys. A column whose type, length,
 * nullability, unsignedness or default differs, or a foreign key with other ON DELETE/ON UPDATE
 * rules, is left as it is and listed as {@link SyncPlan#drift()} (and logged as a warning by
 * {@link #sync}). An index counts as present when one has the same name, or the same columns and
 * is unique where a unique one is wanted (a unique index serves a plain one); a foreign key when
 * one has the same name or the same columns and target. A foreign-key column that the plan
 * creates takes the collation of the live column it references. Adding a
 * NOT NULL column without a default to a table that has rows fails with a
 * {@link dev.joinery.SchemaSyncRefusedException} naming the table and column, before anything
 * runs (the database would refuse it, or on MySQL silently fill in zeros and empty strings).
 *
 * <p>The catalog is read through JDBC metadata and {@code information_schema.COLUMNS} on the
 * handle's connection; on PostgreSQL the statements run in one transaction, so a failure leaves
 * nothing half-done. MySQL/MariaDB and H2 commit each DDL statement: there a failure keeps what
 * ran before it, which is why each existing table's additions are one {@code ALTER TABLE} on
 * MySQL/MariaDB (applied whole or not at all).
 */
public final class SchemaSync {
  private SchemaSync() {}

  private static final Logger LOG = LoggerFactory.getLogger(SchemaSync.class);

  /**
   * The statements {@link #sync} would run for {@code mode}, without running them, and for
   * {@link SyncMode#ALTER} the drift it would leave alone.
   */
  public static SyncPlan plan(Handle handle, SchemaDef schema, SyncMode mode) {
    Dialect dialect = handle.getConfig(JoineryConfig.class).dialect(handle);
    Connection connection = handle.getConnection();
    FoldedTableNames.check(connection, dialect, schema);
    LiveCatalog live = read(connection, schema);
    return new SyncPlanner(schema, live, dialect, table -> hasRows(connection, dialect, table))
        .plan(mode);
  }

  /**
   * The columns the database has of {@code schema}'s tables, for what the runtime must know of
   * tables it did not create (the fractional digits a timestamp column stores).
   */
  public static LiveSchema liveSchema(Handle handle, SchemaDef schema) {
    return read(handle.getConnection(), schema).schema();
  }

  private static LiveCatalog read(Connection connection, SchemaDef schema) {
    try {
      return LiveCatalog.read(connection, schema.tables().stream().map(TableDef::name).toList());
    } catch (SQLException e) {
      throw new SchemaSyncException("Cannot read the database catalog: " + e.getMessage(), null,
          null, e);
    }
  }

  /**
   * Plans and runs the statements for {@code mode}; returns the plan as run. Its drift, which
   * nothing changes, is logged as a warning per difference.
   */
  public static SyncPlan sync(Handle handle, SchemaDef schema, SyncMode mode) {
    return handle.inTransaction(h -> {
      SyncPlan statements = plan(h, schema, mode);
      for (Drift drift : statements.drift()) {
        LOG.warn("Schema drift left as it is: {}", drift);
      }
      for (String statement : statements) {
        // The DDL is final text: no template engine the Jdbi may carry gets to rewrite it.
        h.createUpdate(statement)
            .configure(SqlStatements.class, c -> c.setTemplateEngine(TemplateEngine.NOP))
            .execute();
      }
      return statements;
    });
  }

  private static boolean hasRows(Connection connection, Dialect dialect, String table) {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(
            "SELECT 1 FROM " + dialect.quote(table) + dialect.limitOffset(1, null))) {
      return rs.next();
    } catch (SQLException e) {
      throw new SchemaSyncException("Cannot count the rows of table \"" + table + "\": "
          + e.getMessage(), table, null, e);
    }
  }
}
