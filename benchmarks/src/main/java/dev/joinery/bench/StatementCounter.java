package dev.joinery.bench;

import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Counts the statements Jdbi sends, as a {@link SqlLogger}: one per query or update, one per
 * batch however many rows it carries (one round trip with rewritten batches). Installed only on
 * the handle of a trial's check, so the measured runs carry no logger of ours.
 */
public final class StatementCounter implements SqlLogger {
  private int count;

  @Override
  public void logBeforeExecution(StatementContext context) {
    count++;
  }

  /** The statements counted so far. */
  public int count() {
    return count;
  }
}
