package dev.joinery;

import dev.joinery.dialect.Dialect;
import dev.joinery.dialect.Dialects;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.config.JdbiConfig;

/**
 * Joinery's settings on a Jdbi, a handle or a statement: which {@link Dialect} to speak, a
 * default statement timeout and the {@link RetryPolicy} of its own transactions. Set a
 * dialect explicitly, or let the first handle detect it from its connection; the detected
 * dialect is shared by every copy of this config (every handle of the same {@code Jdbi}), so
 * detection happens once. Installed by {@link JoineryPlugin}.
 */
public final class JoineryConfig implements JdbiConfig<JoineryConfig> {
  private final AtomicReference<Dialect> detected;
  private Dialect dialect;
  private Duration queryTimeout;
  private StatementListener statementListener = StatementListener.NONE;
  private RetryPolicy retry = RetryPolicy.defaults();

  /** A config that detects its dialect on first use. */
  public JoineryConfig() {
    this.detected = new AtomicReference<>();
  }

  private JoineryConfig(JoineryConfig other) {
    this.detected = other.detected;
    this.dialect = other.dialect;
    this.queryTimeout = other.queryTimeout;
    this.statementListener = other.statementListener;
    this.retry = other.retry;
  }

  /** The dialect set explicitly, or the one detected from {@code handle}'s connection. */
  public Dialect dialect(Handle handle) {
    if (dialect != null) return dialect;
    Dialect known = detected.get();
    if (known != null) return known;
    Dialect found = Dialects.detect(handle.getConnection());
    detected.compareAndSet(null, found);
    return found;
  }

  /** Uses {@code dialect} instead of detecting one; {@code null} restores detection. */
  public JoineryConfig setDialect(Dialect dialect) {
    this.dialect = dialect;
    return this;
  }

  /**
   * Cancels every statement Joinery sends that runs longer than {@code timeout} (whole seconds,
   * rounded up: JDBC's {@code setQueryTimeout}); it then throws {@link QueryTimeoutException}.
   * {@code null}, the default, leaves statements without a timeout (or with Jdbi's own
   * {@code SqlStatements.setQueryTimeout}). A query's {@link dev.joinery.query.Query#timeout}
   * overrides it.
   */
  public JoineryConfig setQueryTimeout(Duration timeout) {
    if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
      throw new IllegalArgumentException("A query timeout must be positive, not " + timeout);
    }
    this.queryTimeout = timeout;
    return this;
  }

  /** The default statement timeout, or {@code null} for none. */
  public Duration queryTimeout() {
    return queryTimeout;
  }

  /**
   * Tells {@code listener} of each statement the engine sends straight to JDBC (see
   * {@link StatementListener}); {@code null} restores none.
   */
  public JoineryConfig setStatementListener(StatementListener listener) {
    this.statementListener = listener == null ? StatementListener.NONE : listener;
    return this;
  }

  /** The listener of the engine's own statements; {@link StatementListener#NONE} by default. */
  public StatementListener statementListener() {
    return statementListener;
  }

  /**
   * How the transactions Joinery owns (nested create and update, {@code bulkCreate}, association
   * mixins, a single write outside a transaction) are retried when the database rolls them back
   * for a conflict with a concurrent one (a Galera certification conflict, a deadlock); see
   * {@link RetryPolicy}. {@link RetryPolicy#NONE} turns retries off. A transaction of the
   * caller's is never retried: it gets a {@link TransactionConflictException}.
   */
  public JoineryConfig setRetry(RetryPolicy retry) {
    this.retry = Objects.requireNonNull(retry, "retry");
    return this;
  }

  /** The retry policy; {@link RetryPolicy#defaults()} unless set. */
  public RetryPolicy retry() {
    return retry;
  }

  @Override
  public JoineryConfig createCopy() {
    return new JoineryConfig(this);
  }
}
