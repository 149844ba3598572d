package dev.joinery.internal;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The SQLExceptions inside a failure. Drivers and Jdbi bury the one that matters: Jdbi wraps the
 * driver's exception, a failed commit's rollback is attached as suppressed, batches chain the
 * per-row failure through {@link SQLException#getNextException}, and mysql-connector-j reports a
 * batch on a dead connection as "statement closed" with the lost connection only on that
 * rollback.
 */
final class SqlCauses {
  /** An error path must not loop on a cyclic or runaway chain. */
  private static final int MAX_EXAMINED = 32;

  private SqlCauses() {}

  /**
   * Every SQLException among {@code failure}, its causes, suppressed exceptions and chained
   * exceptions, nearest first, each once.
   */
  static List<SQLException> of(Throwable failure) {
    List<SQLException> found = new ArrayList<>();
    Deque<Throwable> pending = new ArrayDeque<>(List.of(failure));
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    while (!pending.isEmpty() && seen.size() < MAX_EXAMINED) {
      Throwable t = pending.removeFirst();
      if (!seen.add(t)) {
        continue;
      }
      if (t instanceof SQLException sql) {
        found.add(sql);
        if (sql.getNextException() != null) {
          pending.add(sql.getNextException());
        }
      }
      if (t.getCause() != null) {
        pending.add(t.getCause());
      }
      pending.addAll(List.of(t.getSuppressed()));
    }
    return found;
  }
}
