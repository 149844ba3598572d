package dev.joinery.internal;

import dev.joinery.Linked;
import dev.joinery.dialect.Dialect;
import dev.joinery.meta.Association;
import dev.joinery.meta.RowInput;
import dev.joinery.meta.TableColumn;
import dev.joinery.query.Include;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Executes a find with its include tree: one SELECT for the root level with every to-one include
 * joined, then, for each to-many include, one SELECT over all its parents' keys, whose rows are
 * stitched to their parents by key in a hash map. When the root level's where pins at most one
 * row, one chain of to-many includes is joined into its SELECT as well ({@link SelectPlan}), and
 * only the other to-many includes take statements of their own. A tree costs 1 + (number of to-many includes)
 * statements whatever the number of rows, as long as no level has more than {@link #KEYS_PER_STATEMENT}
 * distinct parent keys (beyond that a level is split into statements of that many keys, to stay
 * under the drivers' limits on bound parameters). A to-many level with no parent rows is skipped.
 *
 * <p>The statements run in the caller's transaction if one is open, else each on its own (see
 * {@link dev.joinery.query.Query#snapshot()} for one snapshot).
 *
 * <p>A hasOne is joined like a belongsTo and so assumes at most one target per source (make it
 * real with {@code @HasOne(unique = true)}, as seed 001 does): a second match would repeat the
 * parent row. Keys are compared as the Java values their columns read as; enum and byte[] keys
 * are not supported for stitching.
 */
final class IncludeLoader {
  /**
   * Keys bound in one {@code IN (…)}. PostgreSQL's protocol caps parameters at 65535 per
   * statement; 10,000 leaves room for the include's own conditions.
   */
  static final int KEYS_PER_STATEMENT = 10_000;

  private final ExecutionContext ex;
  private final Dialect dialect;
  /** The result set being read; one statement at a time. */
  private ResultSet resultSet;
  /** The run whose statement is being read. */
  private LevelRun run;

  IncludeLoader(ExecutionContext ex) {
    this.ex = ex;
    this.dialect = ex.dialect();
  }

  /** The rows found, includes loaded, and the node that describes them. */
  record Found(TableNode root, List<Object> rows) {
    /** The records, with their included associations in place; built in place, once. */
    @SuppressWarnings("unchecked")
    <T> List<T> records() {
      if (!root.completeWhenRead) {
        rows.replaceAll(LoadedRow::build);
      }
      return (List<T>) rows;
    }

    /** The rows as maps shaped like Sequelize's {@code toJSON()}. */
    List<Map<String, Object>> maps() {
      List<Map<String, Object>> maps = new ArrayList<>(rows.size());
      for (Object record : records()) {
        maps.add(LoadedRow.toMap(root, record));
      }
      return maps;
    }
  }

  /**
   * The rows of a root-level plan run for {@code selection} (of the plan's shape), includes
   * loaded; {@code scope} is an extra condition on t0.
   */
  Found find(SelectPlan plan, Selection selection, Sql scope) {
    LevelRun level = new LevelRun(plan, selection);
    List<Object> rows = new ArrayList<>();
    run(level, SelectSql.rows(dialect, level, List.of(), scope), (row, link) -> rows.add(row));
    loadToMany(level);
    return new Found(plan.root, rows);
  }

  Found find(Selection selection, Sql scope) {
    return find(SelectPlan.forRoots(selection), selection, scope);
  }

  long count(Selection selection, Sql scope) {
    LevelRun level = new LevelRun(SelectPlan.forCount(selection), selection);
    Sql sql = SelectSql.count(dialect, level, scope);
    return Jdbc.query(ex, sql, rs -> {
      rs.next();
      return rs.getLong(1);
    });
  }

  /** For every node of a level, loads each of its to-many includes over all its rows' keys. */
  void loadToMany(LevelRun level) {
    for (TableNode node : level.plan.nodes) {
      for (int i = 0; i < node.includes.size(); i++) {
        if (node.levels[i] != null) {
          loadToMany(level, node, i);
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private void loadToMany(LevelRun level, TableNode node, int index) {
    Include<?, ?> include = level.includes(node).get(index);
    Association<?, ?> association = include.association();
    TableColumn<Object, ?> sourceKey = (TableColumn<Object, ?>) association.sourceKey();
    List<LoadedRow> parentRows = level.rows(node);
    // Sized for one key per parent row, so it never rehashes while it fills.
    Map<Object, Object> parentsByKey = new LinkedHashMap<>(parentRows.size() * 4 / 3 + 1);
    for (LoadedRow parent : parentRows) {
      Object key = sourceKey.get(parent.record);
      if (key == null) {
        continue;
      }
      // Usually one parent per key; a to-one node can hold one parent row many times over.
      Object previous = parentsByKey.putIfAbsent(key, parent);
      if (previous != null) {
        if (previous instanceof LoadedRow first) {
          List<LoadedRow> several = new ArrayList<>(2);
          several.add(first);
          several.add(parent);
          parentsByKey.put(key, several);
        } else {
          ((List<LoadedRow>) previous).add(parent);
        }
      }
    }
    if (parentsByKey.isEmpty()) {
      return;
    }
    LevelRun children = new LevelRun(node.levels[index], Selection.of(include));
    RowSink stitch = new RowSink() {
      // Children often come grouped by parent: the parent of the previous row is asked first.
      private Object lastLink;
      private Object lastParents;

      @Override
      public void accept(Object child, Object link) {
        Object parents;
        if (link != null && link.equals(lastLink)) {
          parents = lastParents;
        } else {
          parents = parentsByKey.get(link);
          lastLink = link;
          lastParents = parents;
        }
        if (parents instanceof LoadedRow parent) {
          parent.addChild(index, child);
        } else if (parents != null) {
          for (LoadedRow parent : (List<LoadedRow>) parents) {
            parent.addChild(index, child);
          }
        }
      }
    };
    List<Object> keys = new ArrayList<>(parentsByKey.keySet());
    for (int from = 0; from < keys.size(); from += KEYS_PER_STATEMENT) {
      Collection<?> chunk = keys.subList(from, Math.min(keys.size(), from + KEYS_PER_STATEMENT));
      run(children, SelectSql.rows(dialect, children, chunk, null), stitch);
    }
    loadToMany(children);
  }

  /** Receives each row of a level as it is read, with the parent key it belongs to. */
  private interface RowSink {
    void accept(Object row, Object link);
  }

  /** Executes one SELECT of {@code level}, reading its rows into the run and the sink. */
  private void run(LevelRun level, Sql sql, RowSink sink) {
    Jdbc.query(ex, sql, rs -> {
      read(level, rs, sink);
      return null;
    });
  }

  @SuppressWarnings("unchecked")
  private void read(LevelRun level, ResultSet rs, RowSink sink) throws SQLException {
    attach(level, rs);
    SelectPlan plan = level.plan;
    if (plan.chained) {
      readChain(plan, sink);
      return;
    }
    Association<?, ?> link = plan.link;
    TableColumn<Object, ?> foreignKey = link != null && plan.linkPosition == 0
        ? (TableColumn<Object, ?>) link.targetKey() : null;
    RowInput linkInput = plan.throughPositions == null
        ? null : new RowInput(rs, plan.throughPositions, dialect);
    while (rs.next()) {
      Object row = read(plan.root);
      if (linkInput != null) {
        // A LoadedRow target is built later; LoadedRow.build builds it inside its Linked.
        row = new Linked<>(row, link.junction().record().table().read(linkInput));
      }
      Object key = null;
      if (plan.linkPosition != 0) {
        key = KeyReader.read(rs, plan.linkPosition, link.sourceKey().type(), dialect);
      } else if (foreignKey != null) {
        key = foreignKey.get(LoadedRow.record(row));
      }
      sink.accept(row, key);
    }
  }

  /**
   * Reads the rows of a plan with a to-many chain joined: each row holds the root, a row of the
   * first joined to-many node, a row of the next… Rows come ordered by each node's key down the
   * chain (see {@link SelectSql}), so a node's row repeated on the next result row is the one read
   * last for the same parent; it is read once and its children added to it.
   */
  private void readChain(SelectPlan plan, RowSink sink) throws SQLException {
    TableNode root = plan.root;
    Object[] lastParent = run.lastParent;
    Object[] lastKey = run.lastKey;
    long[] lastIntegralKey = run.lastIntegralKey;
    Object[] lastRow = run.lastRow;
    Object rootKey = null;
    Object rootRow = null;
    while (resultSet.next()) {
      Object parent = rootRow;
      if (parent == null || !KeyReader.equalsKey(resultSet, root.keyPosition, root.keyType,
          rootKey, dialect)) {
        rootKey = KeyReader.read(resultSet, root.keyPosition, root.keyType, dialect);
        parent = read(root);
        rootRow = parent;
        sink.accept(parent, null);
      }
      TableNode node = root;
      for (TableNode child = node.chainChild(); child != null; child = child.chainChild()) {
        int at = child.index;
        // The key read once per joined row, and an integral one never boxed.
        boolean repeated;
        if (child.integralKey) {
          long key = resultSet.getLong(child.keyPosition);
          if (resultSet.wasNull()) {
            break; // the LEFT JOIN found no child: nothing below either
          }
          repeated = lastParent[at] == parent && lastIntegralKey[at] == key;
          lastIntegralKey[at] = key;
        } else {
          Object key = KeyReader.read(resultSet, child.keyPosition, child.keyType, dialect);
          if (key == null) {
            break;
          }
          repeated = lastParent[at] == parent && key.equals(lastKey[at]);
          lastKey[at] = key;
        }
        Object row;
        if (repeated) {
          row = lastRow[at];
        } else {
          row = read(child);
          ((LoadedRow) parent).addChild(node.chainIndex, row);
          lastParent[at] = parent;
          lastRow[at] = row;
        }
        parent = row;
        node = child;
      }
    }
  }

  /**
   * Points the run's nodes at {@code rs}, the open result set of the plan's root statement, for
   * {@link #readRoot}: a streaming read pulls its rows one at a time (see {@link StreamingFind}).
   */
  void attach(LevelRun level, ResultSet rs) {
    resultSet = rs;
    run = level;
    level.attach(rs, dialect);
  }

  /** The current row of the attached result set, read as {@link #find} reads each row. */
  Object readRoot() throws SQLException {
    return read(run.plan.root);
  }

  /** Whether a joined node matched: its join column is not NULL (a LEFT JOIN miss is). */
  private boolean isPresent(TableNode node) throws SQLException {
    return !KeyReader.isNull(resultSet, node.presencePosition, node.presenceType);
  }

  /**
   * Reads the node's row: a finished record when nothing is left to load for it, else a
   * LoadedRow that waits for its to-many includes. A finished record is constructed once: the
   * joined rows are read first and handed to the generated reader through the node's
   * {@link RowInput}.
   */
  private Object read(TableNode node) throws SQLException {
    RowInput input = run.input(node);
    if (!node.hasIncludes()) {
      return node.table.read(input);
    }
    if (node.completeWhenRead) {
      for (int i = 0; i < node.joined.size(); i++) {
        TableNode joined = node.joined.get(i);
        input.setAssociation(node.components[i], isPresent(joined) ? read(joined) : null);
      }
      return node.table.read(input);
    }
    // Read without its associations (nothing sets them on this input); built when complete.
    LoadedRow row = new LoadedRow(node, node.table.read(input));
    if (node.hasToMany) {
      run.rows(node).add(row);
    }
    for (int i = 0; i < row.values.length; i++) {
      TableNode joined = node.joined.get(i);
      if (joined == null || joined.toManyJoin) {
        row.values[i] = new ArrayList<>();
      } else if (isPresent(joined)) {
        row.values[i] = read(joined);
      }
    }
    return row;
  }
}
