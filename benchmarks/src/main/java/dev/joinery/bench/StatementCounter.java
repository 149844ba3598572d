package dev.joinery.bench;

import dev.joinery.StatementListener;
import java.sql.Connection;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Counts the statements Jdbi sends, as a {@link SqlLogger}, and those Joinery sends straight to
 * JDBC, as its {@link StatementListener}: one per query or update, one per batch however many
 * rows it carries (one round trip with rewritten batches). Installed only on the handle of a
 * trial's check, so the measured runs carry no logger of ours.
 */
public final class StatementCounter implements SqlLogger, StatementListener {
  private int count;

  @Override
  public void logBeforeExecution(StatementContext context) {
    count++;
  }

  @Override
  public void beforeExecution(Connection connection, String sql) {
    count++;
  }

  /** The statements counted so far. */
  public int count() {
    return count;
  }
}
