package dev.joinery.internal;

import dev.joinery.dialect.Dialect;
import dev.joinery.meta.Association;
import dev.joinery.meta.Column;
import dev.joinery.query.Include;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Executes a find with its include tree: one SELECT for the root level with every to-one include
 * joined, then, for each to-many include, one SELECT over all its parents' keys, whose rows are
 * stitched to their parents by key in a hash map. A tree costs 1 + (number of to-many includes)
 * statements whatever the number of rows, as long as no level has more than {@link #KEYS_PER_STATEMENT}
 * distinct parent keys (beyond that a level is split into statements of that many keys, to stay
 * under the drivers' limits on bound parameters). A to-many level with no parent rows is skipped.
 *
 * <p>The caller runs multi-statement finds in one transaction, so every level sees one snapshot.
 */
final class IncludeLoader {
  /**
   * Keys bound in one {@code IN (…)}. PostgreSQL's protocol caps parameters at 65535 per
   * statement; 10,000 leaves room for the include's own conditions.
   */
  static final int KEYS_PER_STATEMENT = 10_000;

  private final Handle handle;
  private final Dialect dialect;

  IncludeLoader(Handle handle, Dialect dialect) {
    this.handle = handle;
    this.dialect = dialect;
  }

  /** Whether the includes need more than one statement (some to-many include at any depth). */
  static boolean needsSeveralStatements(List<? extends Include<?, ?>> includes) {
    for (Include<?, ?> include : includes) {
      if (include.association().toMany() || needsSeveralStatements(include.includes())) {
        return true;
      }
    }
    return false;
  }

  /** The rows of the root level, includes loaded; {@code scope} is an extra condition on t0. */
  List<LoadedRow> find(Selection selection, Sql scope) {
    SelectPlan plan = new SelectPlan(selection, null);
    List<LoadedRow> rows = run(plan, SelectSql.rows(dialect, plan, List.of(), scope));
    loadToMany(plan);
    return rows;
  }

  long count(Selection selection, Sql scope) {
    SelectPlan plan = new SelectPlan(selection, null);
    Sql sql = SelectSql.count(dialect, plan, scope);
    try (Query query = handle.createQuery(sql.text())) {
      Statements.prepare(query, sql);
      return query.scanResultSet((supplier, ctx) -> {
        ResultSet rs = supplier.get();
        rs.next();
        return rs.getLong(1);
      });
    }
  }

  /** For every node of a level, loads each of its to-many includes over all its rows' keys. */
  private void loadToMany(SelectPlan plan) {
    for (TableNode node : plan.nodes) {
      for (int i = 0; i < node.includes.size(); i++) {
        Include<?, ?> include = node.includes.get(i);
        if (include.association().toMany()) {
          loadToMany(node, i, include);
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private void loadToMany(TableNode node, int index, Include<?, ?> include) {
    Association<?, ?> association = include.association();
    Column<Object, ?> sourceKey = (Column<Object, ?>) association.sourceKey();
    Map<Object, Object> parentsByKey = new LinkedHashMap<>();
    for (LoadedRow parent : node.rows) {
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
    SelectPlan plan = new SelectPlan(Selection.of(include), association);
    List<Object> keys = new ArrayList<>(parentsByKey.keySet());
    for (int from = 0; from < keys.size(); from += KEYS_PER_STATEMENT) {
      Collection<?> chunk = keys.subList(from, Math.min(keys.size(), from + KEYS_PER_STATEMENT));
      for (LoadedRow child : run(plan, SelectSql.rows(dialect, plan, chunk, null))) {
        Object parents = parentsByKey.get(child.link);
        if (parents instanceof LoadedRow parent) {
          parent.addChild(index, child);
        } else if (parents != null) {
          for (LoadedRow parent : (List<LoadedRow>) parents) {
            parent.addChild(index, child);
          }
        }
      }
    }
    loadToMany(plan);
  }

  /** Executes one SELECT of {@code plan} and reads its rows into the plan's nodes. */
  private List<LoadedRow> run(SelectPlan plan, Sql sql) {
    try (Query query = handle.createQuery(sql.text())) {
      Statements.prepare(query, sql);
      return query.scanResultSet((supplier, ctx) -> read(plan, supplier.get()));
    }
  }

  @SuppressWarnings("unchecked")
  private List<LoadedRow> read(SelectPlan plan, ResultSet rs) throws SQLException {
    for (TableNode node : plan.nodes) {
      node.attach(rs, dialect);
    }
    Association<?, ?> link = plan.link;
    Column<Object, ?> foreignKey = link != null && plan.linkPosition == 0
        ? (Column<Object, ?>) link.targetKey() : null;
    List<LoadedRow> rows = new ArrayList<>();
    while (rs.next()) {
      LoadedRow row = read(plan.root);
      if (plan.linkPosition != 0) {
        row.link = KeyReader.read(rs, plan.linkPosition, link.sourceKey().type(), dialect);
      } else if (foreignKey != null) {
        row.link = foreignKey.get(row.record);
      }
      rows.add(row);
    }
    return rows;
  }

  private LoadedRow read(TableNode node) throws SQLException {
    LoadedRow row = new LoadedRow(node, node.table.read(node.input()));
    node.rows.add(row);
    for (int i = 0; i < row.values.length; i++) {
      TableNode joined = node.joined.get(i);
      if (joined == null) {
        row.values[i] = new ArrayList<LoadedRow>();
      } else if (joined.input().isPresent(joined.presenceColumn().ordinal())) {
        row.values[i] = read(joined);
      }
    }
    return row;
  }
}
