package dev.joinery.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Counts round trips at the JDBC level, the same way for the generated DAO (under Jdbi) and for
 * hand-written code: every {@code execute*} of a statement ({@code executeBatch} included, one
 * however many rows), every {@code setAutoCommit} that changes the connection's state, every
 * {@code commit} and {@code rollback}. Wraps a {@link DataSource} (or one connection) in proxies
 * of the JDBC interfaces; used by the trials' checks only, never in a measured run.
 *
 * <p>Why at the JDBC level: what a driver sends per call differs (Connector/J sends
 * {@code SET autocommit} even when nothing changes unless told otherwise, PostgreSQL's driver
 * sends {@code BEGIN} with the first statement instead), while these calls are what the code
 * under test decides.
 */
public final class RoundTripCounter {
  private int count;

  /** Round trips counted so far. */
  public int count() {
    return count;
  }

  /** A data source whose connections count their round trips here. */
  public DataSource wrap(DataSource dataSource) {
    return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
        new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
          Object result = call(dataSource, method, args);
          return result instanceof Connection connection ? wrap(connection) : result;
        });
  }

  /** {@code connection}, counting its round trips here. */
  public Connection wrap(Connection connection) {
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
        new Class<?>[] {Connection.class}, new ConnectionHandler(connection));
  }

  private final class ConnectionHandler implements InvocationHandler {
    private final Connection connection;

    ConnectionHandler(Connection connection) {
      this.connection = connection;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      switch (method.getName()) {
        case "setAutoCommit" -> {
          if (connection.getAutoCommit() != (Boolean) args[0]) {
            count++;
          }
        }
        case "commit", "rollback" -> count++;
        default -> { }
      }
      Object result = call(connection, method, args);
      if (result instanceof Statement statement && !method.getName().equals("unwrap")) {
        Class<?> type = statement instanceof CallableStatement ? CallableStatement.class
            : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
        return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {type},
            new StatementHandler(statement, (Connection) proxy));
      }
      return result;
    }
  }

  private final class StatementHandler implements InvocationHandler {
    private final Statement statement;
    private final Connection connection;

    StatementHandler(Statement statement, Connection connection) {
      this.statement = statement;
      this.connection = connection;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      if (method.getName().startsWith("execute")) {
        count++;
      } else if (method.getName().equals("getConnection")) {
        return connection;
      }
      return call(statement, method, args);
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
