package dev.joinery.internal;

import dev.joinery.JoineryConfig;
import dev.joinery.RetryPolicy;
import dev.joinery.TransactionConflictException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/**
 * Runs one transaction boundary of Joinery's under the handle's {@link RetryPolicy}: when the
 * database rolls the transaction back for a conflict (a Galera certification failure, a
 * deadlock), runs it again whole, at most {@link RetryPolicy#max()} more times, then throws
 * {@link TransactionConflictException}. In a transaction the caller opened it never retries:
 * the database threw away the caller's earlier statements too, so it throws at once.
 *
 * <p>Kept apart from statement execution on purpose: it only wraps the boundary
 * ({@link Repository#transaction}), so the attempt it reruns is the whole transaction and a
 * conflict on any statement of it, or on its COMMIT, is handled alike.
 */
final class ConflictRetry {
  private ConflictRetry() {}

  /**
   * Runs {@code attempt}, which opens and commits its own transaction when the handle has none
   * open, retrying it on the conflicts the policy matches.
   */
  static <R> R run(Handle handle, String table, Supplier<R> attempt) {
    RetryPolicy policy = handle.getConfig(JoineryConfig.class).retry();
    boolean callerOwned = handle.isInTransaction();
    for (int run = 1; ; run++) {
      try {
        return attempt.get();
      } catch (RuntimeException failure) {
        SQLException conflict = conflict(failure, policy);
        if (conflict == null) {
          throw failure;
        }
        if (callerOwned || run > policy.max()) {
          throw conflictException(table, run, callerOwned, conflict, failure);
        }
        if (policy.listener() != null) {
          policy.listener().retrying(table, run, conflict);
        }
        pause(policy.delay(run));
      }
    }
  }

  private static TransactionConflictException conflictException(String table, int runs,
      boolean callerOwned, SQLException conflict, RuntimeException failure) {
    String what = "The database rolled back a transaction on " + table + " because it conflicted"
        + " with a concurrent one (SQLSTATE " + conflict.getSQLState() + ", error "
        + conflict.getErrorCode() + ": " + conflict.getMessage() + ")";
    String advice = callerOwned
        ? "; it was your transaction, which Joinery does not retry: run it again from its start"
        : "; Joinery ran it " + runs + (runs == 1 ? " time" : " times") + " (RetryPolicy.max = "
            + (runs - 1) + "): retry later or raise JoineryConfig.setRetry(...max(n))";
    return new TransactionConflictException(what + advice, table, runs, callerOwned, failure);
  }

  /**
   * The SQLException in {@code failure}'s causes, suppressed exceptions or chain that the policy
   * calls a conflict; Jdbi wraps the driver's exception, a failed commit's rollback may add one.
   */
  static SQLException conflict(Throwable failure, RetryPolicy policy) {
    for (SQLException sql : SqlCauses.of(failure)) {
      if (policy.matches(sql)) {
        return sql;
      }
    }
    return null;
  }

  private static void pause(Duration delay) {
    if (delay.isZero()) {
      return;
    }
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to retry a transaction", e);
    }
  }
}
