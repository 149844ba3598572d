package dev.joinery.schema;

import dev.joinery.JoineryConfig;
import dev.joinery.SchemaSyncException;
import dev.joinery.dialect.Dialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.TemplateEngine;

/**
 * Brings a database to a {@link SchemaDef}: {@link SyncMode#CREATE} what is missing,
 * {@link SyncMode#FORCE} a fresh start, or {@link SyncMode#ALTER} to add what the live catalog
 * lacks. {@link #plan} returns the statements without running them (to review, or to hand to a
 * migration tool); {@link #sync} runs exactly those.
 *
 * <p>ALTER only adds: tables, columns, indexes, foreign keys. A column whose type or nullability
 * differs, an index over other columns under a known name, or a constraint with other rules is
 * left as it is. An index counts as present when one has the same name or the same columns and
 * uniqueness; a foreign key when one has the same name or the same columns and target. Adding a
 * NOT NULL column without a default to a table that has rows fails with a
 * {@link dev.joinery.SchemaSyncRefusedException} naming the table and column, before anything
 * runs (the database would refuse it, or on MySQL silently fill in zeros and empty strings).
 *
 * <p>The catalog is read through JDBC metadata on the handle's connection, which is not
 * counted as statements; on PostgreSQL the statements run in one transaction, so a failure
 * leaves nothing half-done (MySQL and H2 commit each DDL statement).
 */
public final class SchemaSync {
  private SchemaSync() {}

  /** The statements {@link #sync} would run for {@code mode}, without running them. */
  public static List<String> plan(Handle handle, SchemaDef schema, SyncMode mode) {
    Dialect dialect = handle.getConfig(JoineryConfig.class).dialect(handle);
    Connection connection = handle.getConnection();
    FoldedTableNames.check(connection, dialect, schema);
    LiveCatalog live;
    try {
      live = LiveCatalog.read(connection,
          schema.tables().stream().map(TableDef::name).toList());
    } catch (SQLException e) {
      throw new SchemaSyncException("Cannot read the database catalog: " + e.getMessage(), null,
          null, e);
    }
    return new SyncPlanner(schema, live, dialect, table -> hasRows(connection, dialect, table))
        .plan(mode);
  }

  /** Plans and runs the statements for {@code mode}; returns them as run. */
  public static List<String> sync(Handle handle, SchemaDef schema, SyncMode mode) {
    return handle.inTransaction(h -> {
      List<String> statements = plan(h, schema, mode);
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
