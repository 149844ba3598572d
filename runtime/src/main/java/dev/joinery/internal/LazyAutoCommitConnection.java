package dev.joinery.internal;

import java.sql.Array;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.NClob;
import java.sql.PreparedStatement;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Savepoint;
import java.sql.ShardingKey;
import java.sql.Statement;
import java.sql.Struct;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.transaction.LocalTransactionHandler;
import org.jdbi.v3.core.transaction.TransactionException;

/**
 * A connection on which a transaction Joinery began itself may leave auto-commit off after its
 * commit, so that the next such transaction on the same connection skips the switch off and on:
 * a loop of nested creates on one handle costs each create its statements and its commit, as a
 * hand-written loop that leaves auto-commit once does, instead of two more round trips each.
 *
 * <p>Nothing else sees the difference. After such a commit the connection is <em>lingering</em>:
 * the driver's auto-commit is off, but no transaction is open and the connection reports
 * auto-commit on. The first other use of it — any statement (a Joinery read, the caller's SQL
 * through Jdbi or through {@link Handle#getConnection()}), a transaction of the caller's, a
 * change of isolation, metadata, closing the handle — first turns the driver's auto-commit back
 * on (the round trip the transaction would have spent at its end), so that statement runs in
 * auto-commit as it would have without Joinery. Only {@link #getAutoCommit()} (answered
 * {@code true}), {@link #isClosed()}, {@link #isWrapperFor}, {@link #abort} and a
 * {@code setAutoCommit(false)} (auto-commit is already off: the caller's transaction begins
 * without a round trip) leave it lingering or end it without one.
 *
 * <p>{@link dev.joinery.JoineryPlugin} wraps each connection of a {@code Jdbi} it is installed
 * on. Joinery takes this path only on a handle whose transactions Jdbi's
 * {@link LocalTransactionHandler} manages (the default); under any other handler (JTA, Spring, a
 * serializable-retry runner) its transactions stay Jdbi's, switch included.
 */
public final class LazyAutoCommitConnection implements Connection {
  /** Jdbi's default handler ({@code LocalTransactionHandler.binding()}) and its plain form. */
  private static final Set<Class<?>> LOCAL_HANDLERS = Set.of(LocalTransactionHandler.class,
      LocalTransactionHandler.binding().getClass());

  private final Connection delegate;
  /** Joinery's transaction committed here and left the driver's auto-commit off. */
  private boolean lingering;

  LazyAutoCommitConnection(Connection delegate) {
    this.delegate = delegate;
  }

  /** {@code connection}, wrapped (once). */
  public static Connection wrap(Connection connection) {
    return connection instanceof LazyAutoCommitConnection ? connection
        : new LazyAutoCommitConnection(connection);
  }

  /**
   * Runs {@code body} in a transaction of Joinery's own on {@code handle}, which has none open:
   * on this connection when the handle is on one and under Jdbi's local transaction handler,
   * else through {@link Handle#inTransaction}. Commits at the end, rolls back on any failure.
   */
  static <R> R inTransaction(Handle handle, Supplier<R> body) {
    if (handle.getConnection() instanceof LazyAutoCommitConnection connection
        && LOCAL_HANDLERS.contains(handle.getJdbi().getTransactionHandler().getClass())
        && connection.leaveAutoCommit()) {
      return connection.inOwnTransaction(body);
    }
    return handle.inTransaction(h -> body.get());
  }

  /**
   * Turns the driver's auto-commit off (no round trip when lingering); false, leaving the
   * connection as it was, when it was off already without Joinery (a pool configured so, under
   * a handler that manages transactions itself): that state is not Joinery's to change.
   */
  private boolean leaveAutoCommit() {
    try {
      if (lingering) {
        lingering = false;
        return true;
      }
      if (!delegate.getAutoCommit()) {
        return false;
      }
      delegate.setAutoCommit(false);
      return true;
    } catch (SQLException e) {
      throw new TransactionException("Failed to start transaction", e);
    }
  }

  /** Runs {@code body} with auto-commit off, commits, and lingers; rolls back on failure. */
  private <R> R inOwnTransaction(Supplier<R> body) {
    R result;
    try {
      result = body.get();
    } catch (Throwable failure) {
      rollBack(failure);
      throw failure;
    }
    try {
      delegate.commit();
    } catch (SQLException e) {
      TransactionException failure = new TransactionException("Failed to commit transaction", e);
      rollBack(failure);
      throw failure;
    }
    lingering = true;
    return result;
  }

  /** After a failure: the transaction rolled back and auto-commit on again, at once. */
  private void rollBack(Throwable failure) {
    try {
      delegate.rollback();
    } catch (SQLException | RuntimeException e) {
      failure.addSuppressed(e);
    }
    try {
      delegate.setAutoCommit(true);
    } catch (SQLException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  /** Turns the driver's auto-commit back on if Joinery's last transaction left it off. */
  private void restore() throws SQLException {
    if (lingering) {
      lingering = false;
      delegate.setAutoCommit(true);
    }
  }

  @Override
  public boolean getAutoCommit() throws SQLException {
    return lingering || delegate.getAutoCommit();
  }

  @Override
  public void setAutoCommit(boolean autoCommit) throws SQLException {
    if (lingering && !autoCommit) {
      // Already off on the driver, with no transaction open: the caller's begins as it is.
      lingering = false;
      return;
    }
    restore();
    delegate.setAutoCommit(autoCommit);
  }

  @Override
  public void commit() throws SQLException {
    restore();
    delegate.commit();
  }

  @Override
  public void rollback() throws SQLException {
    restore();
    delegate.rollback();
  }

  @Override
  public void rollback(Savepoint savepoint) throws SQLException {
    restore();
    delegate.rollback(savepoint);
  }

  /** Restores auto-commit first, so that the pool gets the connection back as it gave it. */
  @Override
  public void close() throws SQLException {
    try {
      restore();
    } finally {
      delegate.close();
    }
  }

  @Override
  public boolean isClosed() throws SQLException {
    return delegate.isClosed();
  }

  @Override
  public void abort(Executor executor) throws SQLException {
    delegate.abort(executor);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return iface.isInstance(this) || delegate.isWrapperFor(iface);
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    restore();
    return delegate.unwrap(iface);
  }

  @Override
  public void setClientInfo(String name, String value) throws SQLClientInfoException {
    restoreForClientInfo();
    delegate.setClientInfo(name, value);
  }

  @Override
  public void setClientInfo(Properties properties) throws SQLClientInfoException {
    restoreForClientInfo();
    delegate.setClientInfo(properties);
  }

  private void restoreForClientInfo() throws SQLClientInfoException {
    try {
      restore();
    } catch (SQLException e) {
      throw new SQLClientInfoException(e.getMessage(), e.getSQLState(), e.getErrorCode(),
          Map.of(), e);
    }
  }

  // Everything else may send a statement or depend on the transaction state: restore first.

  @Override
  public Statement createStatement() throws SQLException {
    restore();
    return delegate.createStatement();
  }

  @Override
  public PreparedStatement prepareStatement(String sql) throws SQLException {
    restore();
    return delegate.prepareStatement(sql);
  }

  @Override
  public CallableStatement prepareCall(String sql) throws SQLException {
    restore();
    return delegate.prepareCall(sql);
  }

  @Override
  public String nativeSQL(String sql) throws SQLException {
    restore();
    return delegate.nativeSQL(sql);
  }

  @Override
  public DatabaseMetaData getMetaData() throws SQLException {
    restore();
    return delegate.getMetaData();
  }

  @Override
  public void setReadOnly(boolean readOnly) throws SQLException {
    restore();
    delegate.setReadOnly(readOnly);
  }

  @Override
  public boolean isReadOnly() throws SQLException {
    restore();
    return delegate.isReadOnly();
  }

  @Override
  public void setCatalog(String catalog) throws SQLException {
    restore();
    delegate.setCatalog(catalog);
  }

  @Override
  public String getCatalog() throws SQLException {
    restore();
    return delegate.getCatalog();
  }

  @Override
  public void setTransactionIsolation(int level) throws SQLException {
    restore();
    delegate.setTransactionIsolation(level);
  }

  @Override
  public int getTransactionIsolation() throws SQLException {
    restore();
    return delegate.getTransactionIsolation();
  }

  @Override
  public SQLWarning getWarnings() throws SQLException {
    restore();
    return delegate.getWarnings();
  }

  @Override
  public void clearWarnings() throws SQLException {
    restore();
    delegate.clearWarnings();
  }

  @Override
  public Statement createStatement(int resultSetType, int resultSetConcurrency) throws SQLException {
    restore();
    return delegate.createStatement(resultSetType, resultSetConcurrency);
  }

  @Override
  public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency) throws SQLException {
    restore();
    return delegate.prepareStatement(sql, resultSetType, resultSetConcurrency);
  }

  @Override
  public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency) throws SQLException {
    restore();
    return delegate.prepareCall(sql, resultSetType, resultSetConcurrency);
  }

  @Override
  public Map<String, Class<?>> getTypeMap() throws SQLException {
    restore();
    return delegate.getTypeMap();
  }

  @Override
  public void setTypeMap(Map<String, Class<?>> map) throws SQLException {
    restore();
    delegate.setTypeMap(map);
  }

  @Override
  public void setHoldability(int holdability) throws SQLException {
    restore();
    delegate.setHoldability(holdability);
  }

  @Override
  public int getHoldability() throws SQLException {
    restore();
    return delegate.getHoldability();
  }

  @Override
  public Savepoint setSavepoint() throws SQLException {
    restore();
    return delegate.setSavepoint();
  }

  @Override
  public Savepoint setSavepoint(String name) throws SQLException {
    restore();
    return delegate.setSavepoint(name);
  }

  @Override
  public void releaseSavepoint(Savepoint savepoint) throws SQLException {
    restore();
    delegate.releaseSavepoint(savepoint);
  }

  @Override
  public Statement createStatement(int resultSetType, int resultSetConcurrency, int resultSetHoldability) throws SQLException {
    restore();
    return delegate.createStatement(resultSetType, resultSetConcurrency, resultSetHoldability);
  }

  @Override
  public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency, int resultSetHoldability) throws SQLException {
    restore();
    return delegate.prepareStatement(sql, resultSetType, resultSetConcurrency, resultSetHoldability);
  }

  @Override
  public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency, int resultSetHoldability) throws SQLException {
    restore();
    return delegate.prepareCall(sql, resultSetType, resultSetConcurrency, resultSetHoldability);
  }

  @Override
  public PreparedStatement prepareStatement(String sql, int autoGeneratedKeys) throws SQLException {
    restore();
    return delegate.prepareStatement(sql, autoGeneratedKeys);
  }

  @Override
  public PreparedStatement prepareStatement(String sql, int[] columnIndexes) throws SQLException {
    restore();
    return delegate.prepareStatement(sql, columnIndexes);
  }

  @Override
  public PreparedStatement prepareStatement(String sql, String[] columnNames) throws SQLException {
    restore();
    return delegate.prepareStatement(sql, columnNames);
  }

  @Override
  public Clob createClob() throws SQLException {
    restore();
    return delegate.createClob();
  }

  @Override
  public Blob createBlob() throws SQLException {
    restore();
    return delegate.createBlob();
  }

  @Override
  public NClob createNClob() throws SQLException {
    restore();
    return delegate.createNClob();
  }

  @Override
  public SQLXML createSQLXML() throws SQLException {
    restore();
    return delegate.createSQLXML();
  }

  @Override
  public boolean isValid(int timeout) throws SQLException {
    restore();
    return delegate.isValid(timeout);
  }

  @Override
  public String getClientInfo(String name) throws SQLException {
    restore();
    return delegate.getClientInfo(name);
  }

  @Override
  public Properties getClientInfo() throws SQLException {
    restore();
    return delegate.getClientInfo();
  }

  @Override
  public Array createArrayOf(String typeName, Object[] elements) throws SQLException {
    restore();
    return delegate.createArrayOf(typeName, elements);
  }

  @Override
  public Struct createStruct(String typeName, Object[] attributes) throws SQLException {
    restore();
    return delegate.createStruct(typeName, attributes);
  }

  @Override
  public void setSchema(String schema) throws SQLException {
    restore();
    delegate.setSchema(schema);
  }

  @Override
  public String getSchema() throws SQLException {
    restore();
    return delegate.getSchema();
  }

  @Override
  public void setNetworkTimeout(Executor executor, int milliseconds) throws SQLException {
    restore();
    delegate.setNetworkTimeout(executor, milliseconds);
  }

  @Override
  public int getNetworkTimeout() throws SQLException {
    restore();
    return delegate.getNetworkTimeout();
  }

  @Override
  public void beginRequest() throws SQLException {
    restore();
    delegate.beginRequest();
  }

  @Override
  public void endRequest() throws SQLException {
    restore();
    delegate.endRequest();
  }

  @Override
  public boolean setShardingKeyIfValid(ShardingKey shardingKey, ShardingKey superShardingKey, int timeout) throws SQLException {
    restore();
    return delegate.setShardingKeyIfValid(shardingKey, superShardingKey, timeout);
  }

  @Override
  public boolean setShardingKeyIfValid(ShardingKey shardingKey, int timeout) throws SQLException {
    restore();
    return delegate.setShardingKeyIfValid(shardingKey, timeout);
  }

  @Override
  public void setShardingKey(ShardingKey shardingKey, ShardingKey superShardingKey) throws SQLException {
    restore();
    delegate.setShardingKey(shardingKey, superShardingKey);
  }

  @Override
  public void setShardingKey(ShardingKey shardingKey) throws SQLException {
    restore();
    delegate.setShardingKey(shardingKey);
  }
}
