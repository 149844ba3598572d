package dev.joinery.internal;

import dev.joinery.JoineryConfig;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Runs the engine's hot statements (the SELECTs of finds and counts, the INSERTs of creates)
 * straight on the handle's JDBC connection: a {@link PreparedStatement} bound by the generated
 * writers or {@link BoundValues} and read by the generated readers. A Jdbi statement costs,
 * per statement, a copy of the handle's configuration, a statement context, its customizers
 * and cleanables: more than a short find on H2 costs the database. The connection is the
 * handle's, so the statements run in the handle's transaction, if one is open, and on its
 * {@link LazyAutoCommitConnection}.
 *
 * <p>What Jdbi gave these statements is kept here: the SQL log ({@link SqlLog#engine}), the
 * {@link JoineryConfig#queryTimeout()} (else Jdbi's {@code SqlStatements} timeout), the
 * {@link dev.joinery.StatementListener}, and a failure reported as Jdbi's
 * {@link UnableToExecuteStatementException} (with the statement and its values in the message),
 * so that {@link ConstraintErrors} and {@link Faults} translate it as before.
 */
final class Jdbc {
  private Jdbc() {}

  /** What a statement does once prepared and bound: execute, and read what it returns. */
  @FunctionalInterface
  interface Action<R> {
    R run(PreparedStatement statement) throws SQLException;
  }

  /** Reads the rows of an executed query. */
  @FunctionalInterface
  interface Reader<R> {
    R read(ResultSet rows) throws SQLException;
  }

  /** Runs the query {@code sql} and hands its rows to {@code reader}. */
  static <R> R query(ExecutionContext ex, Sql sql, Reader<R> reader) {
    BoundValues values = sql.hasValues() ? sql.values() : null;
    return run(ex, sql.text(), null, values, statement -> {
      if (values != null) {
        values.apply(1, statement, null);
      }
      // execute(), as Jdbi called it: the same round trip, recorded alike by JDBC wrappers.
      statement.execute();
      try (ResultSet rows = statement.getResultSet()) {
        return reader.read(rows);
      }
    });
  }

  /**
   * Prepares {@code text} (returning {@code generatedKeys}, when not null), lets {@code action}
   * bind and execute it, and closes it; logs it with {@code values} (the log's view of what
   * {@code action} binds, or null).
   */
  static <R> R run(ExecutionContext ex, String text, String[] generatedKeys, LoggedValues values,
      Action<R> action) {
    Handle handle = ex.handle();
    Connection connection = handle.getConnection();
    JoineryConfig config = handle.getConfig(JoineryConfig.class);
    long start = 0;
    try (PreparedStatement statement = generatedKeys == null
        ? connection.prepareStatement(text) : connection.prepareStatement(text, generatedKeys)) {
      timeout(handle, config, statement);
      config.statementListener().beforeExecution(connection, text);
      start = System.nanoTime();
      R result = action.run(statement);
      SqlLog.engine(text, values, start, null);
      return result;
    } catch (SQLException e) {
      SqlLog.engine(text, values, start == 0 ? System.nanoTime() : start, e);
      StringBuilder message = new StringBuilder().append(e).append(" [statement:\"")
          .append(text).append("\", arguments:");
      if (values == null) {
        message.append("[]");
      } else {
        values.appendTo(message);
      }
      throw new UnableToExecuteStatementException(message.append(']').toString(), e, null);
    }
  }

  /**
   * Applies {@link JoineryConfig#queryTimeout()} (a query's own, set by the repository for the
   * call, or the default) in whole seconds, rounded up, as JDBC counts them; else Jdbi's.
   */
  private static void timeout(Handle handle, JoineryConfig config, PreparedStatement statement)
      throws SQLException {
    Duration timeout = config.queryTimeout();
    if (timeout != null) {
      long seconds = Math.max(1, (timeout.toMillis() + 999) / 1000);
      statement.setQueryTimeout((int) Math.min(Integer.MAX_VALUE, seconds));
      return;
    }
    Integer jdbi = handle.getConfig(SqlStatements.class).getQueryTimeout();
    if (jdbi != null) {
      statement.setQueryTimeout(jdbi);
    }
  }
}
