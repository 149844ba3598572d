package dev.joinery.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Counts round trips at the JDBC level, on the driver's connections beneath the pool: every
 * {@code execute*} and {@code executeBatch} of a statement, every {@code setAutoCommit} and
 * {@code setTransactionIsolation} that changes the connection's state, every {@code commit} and
 * {@code rollback}. What the pool itself does on a connection (HikariCP resets a connection's
 * auto-commit when it returns to the pool) is counted too, as it would be for hand-written JDBC
 * through the same pool; the pool's liveness checks ({@code isValid}) are not.
 *
 * <p>Each round trip is recorded as a short line: {@code "setAutoCommit(false)"},
 * {@code "commit"}, {@code "executeQuery: SELECT …"}, {@code "executeBatch: INSERT …"}. Work of the
 * test itself (setup, looks at rows) runs {@link #uncounted uncounted}.
 */
public final class RoundTripCounter {
  private static final Set<String> EXECUTES = Set.of("execute", "executeQuery", "executeUpdate",
      "executeLargeUpdate", "executeBatch", "executeLargeBatch");

  private final List<String> trips = new ArrayList<>();
  private final ThreadLocal<Integer> paused = ThreadLocal.withInitial(() -> 0);

  /** Forgets what was counted so far. */
  public synchronized void reset() {
    trips.clear();
  }

  /** The number of round trips since creation or the last {@link #reset()}. */
  public synchronized int count() {
    return trips.size();
  }

  /** The round trips, in order. */
  public synchronized List<String> trips() {
    return List.copyOf(trips);
  }

  /** Runs {@code body} without counting what this thread sends meanwhile. */
  public <R> R uncounted(Supplier<R> body) {
    paused.set(paused.get() + 1);
    try {
      return body.get();
    } finally {
      paused.set(paused.get() - 1);
    }
  }

  private void record(String trip) {
    if (paused.get() == 0) {
      synchronized (this) {
        trips.add(trip);
      }
    }
  }

  /**
   * The driver's connections to {@code url}, each counted here: a data source for a pool of a
   * test's own (with settings of its own in the URL), the counter beneath the pool.
   */
  public DataSource dataSource(String url) {
    return new CountingDataSource(url, this);
  }

  /** {@code connection}, counting the round trips made on it and its statements. */
  Connection wrap(Connection connection) {
    return (Connection) Proxy.newProxyInstance(RoundTripCounter.class.getClassLoader(),
        new Class<?>[] {Connection.class}, new ConnectionHandler(connection));
  }

  private final class ConnectionHandler implements InvocationHandler {
    private final Connection target;

    ConnectionHandler(Connection target) {
      this.target = target;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      switch (method.getName()) {
        case "setAutoCommit" -> {
          if (target.getAutoCommit() != (Boolean) args[0]) {
            record("setAutoCommit(" + args[0] + ")");
          }
        }
        case "setTransactionIsolation" -> {
          if (target.getTransactionIsolation() != (Integer) args[0]) {
            record("setTransactionIsolation(" + args[0] + ")");
          }
        }
        case "commit", "rollback" -> record(method.getName());
        default -> { }
      }
      Object result = call(target, method, args);
      if (result instanceof Statement statement) {
        String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
        Class<?> type = result instanceof CallableStatement ? CallableStatement.class
            : result instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
        return Proxy.newProxyInstance(RoundTripCounter.class.getClassLoader(),
            new Class<?>[] {type}, new StatementHandler(statement, sql, (Connection) proxy));
      }
      return result;
    }
  }

  private final class StatementHandler implements InvocationHandler {
    private final Statement target;
    private final String sql;
    private final Connection connection;

    StatementHandler(Statement target, String sql, Connection connection) {
      this.target = target;
      this.sql = sql;
      this.connection = connection;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      String name = method.getName();
      if (EXECUTES.contains(name)) {
        String text = args != null && args.length > 0 && args[0] instanceof String s ? s : sql;
        record(name + ": " + text);
      } else if (name.equals("getConnection")) {
        return connection;
      }
      return call(target, method, args);
    }
  }

  private static Object call(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
