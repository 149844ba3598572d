package dev.joinery.internal;

import dev.joinery.dialect.Dialect;
import dev.joinery.meta.RowInput;
import dev.joinery.query.Include;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * One call's run of a {@link SelectPlan}, which is shared by every call of its shape: the call's
 * own selection and includes (whose conditions carry this call's values), and, per node of the
 * plan (by {@link TableNode#index}), what reading its statement needs: the row input on the
 * result set, the rows kept for a to-many include's keys, and, on a joined to-many chain, the row
 * read last with its key and parent (a chain's rows arrive grouped by parent and key, so a
 * repeated row is told by comparing with these).
 */
final class LevelRun {
  final SelectPlan plan;
  final Selection selection;
  /** Per node: this call's include the node loads; null for the root. */
  private final Include<?, ?>[] includes;
  private final RowInput[] inputs;
  /** Per node: the rows read for it, kept only when a to-many include needs their keys. */
  private final List<LoadedRow>[] rows;
  /**
   * Per node of a joined to-many chain ({@link IncludeLoader#readChain}): the row read last, its
   * parent, and its key (unboxed when integral); null when the plan joins no chain.
   */
  final Object[] lastParent;
  final Object[] lastKey;
  final long[] lastIntegralKey;
  final Object[] lastRow;

  @SuppressWarnings("unchecked")
  LevelRun(SelectPlan plan, Selection selection) {
    this.plan = plan;
    this.selection = selection;
    int size = plan.nodes.size();
    this.includes = new Include<?, ?>[size];
    this.inputs = new RowInput[size];
    this.rows = new List[size];
    this.lastParent = plan.chained ? new Object[size] : null;
    this.lastKey = plan.chained ? new Object[size] : null;
    this.lastIntegralKey = plan.chained ? new long[size] : null;
    this.lastRow = plan.chained ? new Object[size] : null;
    // Parents come before their children in plan.nodes, so each parent's include is known.
    for (TableNode node : plan.nodes) {
      List<? extends Include<?, ?>> children = includes(node);
      for (int i = 0; i < node.joined.size(); i++) {
        TableNode child = node.joined.get(i);
        if (child != null) {
          includes[child.index] = children.get(i);
        }
      }
      if (node.hasToMany) {
        rows[node.index] = new ArrayList<>();
      }
    }
  }

  /** This call's include that {@code node} loads (its where has this call's values). */
  Include<?, ?> include(TableNode node) {
    return includes[node.index];
  }

  /** This call's includes below {@code node}, in the order of {@link TableNode#includes}. */
  List<? extends Include<?, ?>> includes(TableNode node) {
    Include<?, ?> include = includes[node.index];
    return include == null ? selection.includes() : include.includes();
  }

  /** Points every node at the result set of the statement about to be read. */
  void attach(ResultSet resultSet, Dialect dialect) {
    for (TableNode node : plan.nodes) {
      inputs[node.index] = new RowInput(resultSet, node.positions, dialect);
    }
  }

  RowInput input(TableNode node) {
    return inputs[node.index];
  }

  /** The rows kept for {@code node}; only for a node with a to-many include. */
  List<LoadedRow> rows(TableNode node) {
    return rows[node.index];
  }

  /** Forgets the rows kept: a streaming read's next chunk starts afresh. */
  void clearRows() {
    for (List<LoadedRow> kept : rows) {
      if (kept != null) {
        kept.clear();
      }
    }
  }
}
