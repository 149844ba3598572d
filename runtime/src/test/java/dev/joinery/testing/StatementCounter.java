package dev.joinery.testing;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Counts the statements Jdbi executes, as its {@link SqlLogger}: one per query, update or script
 * statement, and one per batch however many rows it carries. Statements that fail count too
 * (they reached the database). Statements run on the raw JDBC connection bypass Jdbi and are not
 * seen.
 */
public final class StatementCounter implements SqlLogger {
  private final List<String> statements = new ArrayList<>();

  @Override
  public synchronized void logBeforeExecution(StatementContext context) {
    statements.add(context.getRenderedSql());
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
