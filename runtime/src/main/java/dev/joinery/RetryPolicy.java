package dev.joinery;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How Joinery retries a transaction of its own that the database rolled back because it
 * conflicted with a concurrent one: a certification conflict on a Galera cluster (MariaDB/MySQL
 * error 1213, SQLSTATE {@code 40001}, reported on any statement of the transaction or on its
 * COMMIT), a deadlock (the same 1213 on one server; PostgreSQL's {@code 40P01}) or a
 * serialization failure ({@code 40001}). Sequelize's {@code retry: {max, match}} option.
 *
 * <p>Only the transactions Joinery owns are retried — a nested create, nested update,
 * {@code bulkCreate}, an association mixin, or a single write outside any transaction — because
 * only there does Joinery hold everything the transaction did and can run it again whole. In a
 * transaction the caller opened, a conflict is a {@link TransactionConflictException} at once:
 * the database rolled back the caller's earlier statements too, so only the caller can retry.
 *
 * <p>Immutable; set on a {@code Jdbi} with {@link JoineryConfig#setRetry}. The default retries
 * 3 times after the first attempt, on SQLSTATE {@code 40001} and {@code 40P01} and MySQL error
 * 1213, waiting 10 ms, 20 ms, 40 ms … (at most 1 s) with random jitter between attempts so that
 * the two writers of a conflict do not collide again. A lock wait timeout (MySQL 1205) is not
 * retried by default: it took {@code innodb_lock_wait_timeout} already; add it with
 * {@link #matchErrorCodes} if a retry suits you.
 */
public final class RetryPolicy {
  /** Never retries: a conflict is a {@link TransactionConflictException} at once. */
  public static final RetryPolicy NONE = new RetryPolicy(0, Duration.ZERO, Duration.ZERO,
      Set.of("40001", "40P01"), Set.of(1213), null);

  private static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofMillis(10),
      Duration.ofSeconds(1), Set.of("40001", "40P01"), Set.of(1213), null);

  /** Told of each retry before its wait: for metrics or logs. */
  @FunctionalInterface
  public interface Listener {
    /** Retry number {@code retry} (1 for the first) of an operation on {@code table}. */
    void retrying(String table, int retry, SQLException conflict);
  }

  private final int max;
  private final Duration backoff;
  private final Duration maxBackoff;
  private final Set<String> sqlStates;
  private final Set<Integer> errorCodes;
  private final Listener listener;

  private RetryPolicy(int max, Duration backoff, Duration maxBackoff, Set<String> sqlStates,
      Set<Integer> errorCodes, Listener listener) {
    this.listener = listener;
    this.max = max;
    this.backoff = backoff;
    this.maxBackoff = maxBackoff;
    this.sqlStates = Set.copyOf(sqlStates);
    this.errorCodes = Set.copyOf(errorCodes);
  }

  /** 3 retries, 10 ms doubling up to 1 s, on {@code 40001}, {@code 40P01} and error 1213. */
  public static RetryPolicy defaults() {
    return DEFAULT;
  }

  /**
   * At most {@code retries} runs after the first (Sequelize's {@code retry.max}); 0 never
   * retries, though a conflict still becomes a {@link TransactionConflictException}.
   */
  public RetryPolicy max(int retries) {
    if (retries < 0) {
      throw new IllegalArgumentException("retries must be 0 or more, not " + retries);
    }
    return new RetryPolicy(retries, backoff, maxBackoff, sqlStates, errorCodes, listener);
  }

  /**
   * Waits {@code first} before the first retry, doubling before each next one up to
   * {@code max}; each wait is drawn at random between half and all of that.
   */
  public RetryPolicy backoff(Duration first, Duration max) {
    if (first.isNegative() || max.compareTo(first) < 0) {
      throw new IllegalArgumentException("backoff needs 0 <= first <= max, not " + first + ", "
          + max);
    }
    return new RetryPolicy(this.max, first, max, sqlStates, errorCodes, listener);
  }

  /** The SQLSTATEs that mean "conflict, run it again" (Sequelize's {@code retry.match}). */
  public RetryPolicy matchSqlStates(String... states) {
    return new RetryPolicy(max, backoff, maxBackoff, Set.of(states), errorCodes, listener);
  }

  /** The vendor error codes that mean the same, whatever their SQLSTATE (MySQL's 1213). */
  public RetryPolicy matchErrorCodes(Integer... codes) {
    return new RetryPolicy(max, backoff, maxBackoff, sqlStates, Set.of(codes), listener);
  }

  /** Tells {@code listener} of each retry (replacing any earlier one). */
  public RetryPolicy onRetry(Listener listener) {
    return new RetryPolicy(max, backoff, maxBackoff, sqlStates, errorCodes, listener);
  }

  /** The listener, or {@code null}. */
  public Listener listener() {
    return listener;
  }

  /** How many runs after the first at most. */
  public int max() {
    return max;
  }

  /** Whether the database's {@code error} is a conflict this policy retries. */
  public boolean matches(SQLException error) {
    return (error.getSQLState() != null && sqlStates.contains(error.getSQLState()))
        || errorCodes.contains(error.getErrorCode());
  }

  /** The wait before retry number {@code retry} (1 for the first). */
  public Duration delay(int retry) {
    if (backoff.isZero()) {
      return Duration.ZERO;
    }
    long millis = backoff.toMillis() << Math.min(retry - 1, 20);
    long capped = Math.min(millis, maxBackoff.toMillis());
    return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
  }

  @Override
  public String toString() {
    return "RetryPolicy[max=" + max + ", backoff=" + backoff.toMillis() + ".."
        + maxBackoff.toMillis() + " ms, sqlStates=" + sqlStates + ", errorCodes=" + errorCodes
        + "]";
  }
}
