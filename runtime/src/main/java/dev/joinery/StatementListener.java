package dev.joinery;

import java.sql.Connection;

/**
 * Told of each statement the engine sends straight to JDBC: the generated DAOs' finds and
 * counts, and the INSERTs of creates. Those skip Jdbi's statement objects (what they cost is
 * Jdbi's per-statement work, which a find of two statements felt), so a Jdbi {@code SqlLogger}
 * does not see them; the SQL log ({@code dev.joinery.sql}) does. Set one with
 * {@link JoineryConfig#setStatementListener} to count or trace them; the application's own SQL
 * and the engine's other statements still reach Jdbi's {@code SqlLogger}.
 */
@FunctionalInterface
public interface StatementListener {
  /** No-op. */
  StatementListener NONE = (connection, sql) -> { };

  /**
   * Called just before the statement {@code sql} executes on {@code connection} (once per
   * batch, however many rows it carries). Runs on the calling thread; must not use the
   * connection's statements.
   */
  void beforeExecution(Connection connection, String sql);
}
