package dev.joinery.internal;

import dev.joinery.ConnectionLostException;
import dev.joinery.JoineryException;
import dev.joinery.QueryTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/**
 * Turns the driver's report of a broken connection or a cancelled statement into
 * {@link ConnectionLostException} or {@link QueryTimeoutException}, whatever layer (Jdbi, the
 * pool, the driver) wrapped it; anything else goes through unchanged.
 *
 * <p>By SQLState where the databases agree: class {@code 08} is a connection exception on all
 * three; PostgreSQL ends a killed backend with {@code 57P01}-{@code 57P03} and a cancelled
 * statement with {@code 57014} (H2 uses that too). MySQL/MariaDB share SQLState {@code 70100}
 * between a statement interrupted by {@code KILL QUERY} (what mysql-connector-j sends on a
 * timeout, error 1317) and a killed connection (MariaDB's error 1927), so there the vendor
 * code decides; 2006 and 2013 are the client's "server has gone away" and "lost connection".
 */
final class Faults {
  private static final Set<String> POSTGRES_TERMINATED = Set.of("57P01", "57P02", "57P03");
  private static final Set<Integer> MYSQL_LOST = Set.of(1927, 2006, 2013);
  private static final int MYSQL_INTERRUPTED = 1317;
  private static final int VALID_SECONDS = 2;

  private Faults() {}

  /** Runs {@code body}, translating a lost connection or a timeout it raises. */
  static <R> R translating(String table, Handle handle, Supplier<R> body) {
    try {
      return body.get();
    } catch (JoineryException e) {
      throw e;
    } catch (RuntimeException e) {
      throw translate(e, table, handle);
    }
  }

  /** The typed exception for {@code failure}, or {@code failure} itself. */
  static RuntimeException translate(RuntimeException failure, String table, Handle handle) {
    if (failure instanceof JoineryException) {
      return failure;
    }
    List<SQLException> reported = SqlCauses.of(failure);
    for (SQLException sql : reported) {
      RuntimeException typed = typed(sql, failure, table);
      if (typed != null) {
        return typed;
      }
    }
    // Only a failure the database reported; a bug in a mapper says nothing of the connection.
    if (!reported.isEmpty() && handle != null && !isValid(handle)) {
      return new ConnectionLostException("The connection to the database was lost during an"
          + " operation" + (table == null ? "" : " on " + table) + "; its transaction, if any,"
          + " was rolled back: " + failure.getMessage(), table, failure);
    }
    return failure;
  }

  /**
   * Whether the handle's connection still works. Asked only of a failure no SQLState explained;
   * a closed connection answers at once, an open one with one ping.
   */
  private static boolean isValid(Handle handle) {
    try {
      return !handle.isClosed() && handle.getConnection().isValid(VALID_SECONDS);
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }

  private static RuntimeException typed(SQLException e, RuntimeException failure, String table) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String on = table == null ? "" : " on " + table;
    if (e instanceof SQLTimeoutException || "57014".equals(state)
        || ("70100".equals(state) && e.getErrorCode() == MYSQL_INTERRUPTED)) {
      return new QueryTimeoutException("A statement" + on + " ran past its timeout and was"
          + " cancelled: " + e.getMessage(), table, failure);
    }
    if (e instanceof SQLNonTransientConnectionException || e instanceof SQLRecoverableException
        || state.startsWith("08") || POSTGRES_TERMINATED.contains(state)
        || (MYSQL_LOST.contains(e.getErrorCode()) && !state.startsWith("23"))) {
      return new ConnectionLostException("The connection to the database was lost during an"
          + " operation" + on + "; its transaction, if any, was rolled back: " + e.getMessage(),
          table, failure);
    }
    return null;
  }
}
