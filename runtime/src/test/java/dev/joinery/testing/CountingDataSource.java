package dev.joinery.testing;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The driver's connections to one URL, each wrapped by a {@link RoundTripCounter}: the data
 * source a {@link TestDatabase}'s pool draws from, so the counter sits beneath the pool.
 */
final class CountingDataSource implements DataSource {
  private final String url;
  private final RoundTripCounter counter;
  private int loginTimeout;

  CountingDataSource(String url, RoundTripCounter counter) {
    this.url = url;
    this.counter = counter;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return counter.wrap(DriverManager.getConnection(url));
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return counter.wrap(DriverManager.getConnection(url, username, password));
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // DriverManager logs on its own.
  }

  @Override
  public void setLoginTimeout(int seconds) {
    loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    throw new SQLException("Not a wrapper of " + iface.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return false;
  }
}
