package dev.joinery.testing;

import dev.joinery.StatementListener;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Counts the statements Jdbi executes, as its {@link SqlLogger}, and those the engine sends
 * straight to JDBC, as its {@link StatementListener}: one per query, update or script
 * statement, and one per batch however many rows it carries. Statements that fail count too
 * (they reached the database). Statements the test runs on a raw JDBC connection are not seen.
 */
public final class StatementCounter implements SqlLogger, StatementListener {
  private final List<String> statements = new ArrayList<>();

  @Override
  public synchronized void logBeforeExecution(StatementContext context) {
    statements.add(context.getRenderedSql());
  }

  @Override
  public synchronized void beforeExecution(Connection connection, String sql) {
    statements.add(sql);
  }

  /** Forgets what was counted so far. */
  public synchronized void reset() {
    statements.clear();
  }

  /** The number of statements since creation or the last {@link #reset()}. */
  public synchronized int count() {
    return statements.size();
  }

  /** Their SQL texts as Jdbi rendered them, in execution order. */
  public synchronized List<String> statements() {
    return List.copyOf(statements);
  }
}
