package dev.joinery.internal;

import dev.joinery.meta.Association;
import dev.joinery.meta.AssociationKind;
import dev.joinery.meta.TableColumn;
import dev.joinery.meta.TableMeta;
import dev.joinery.meta.ThroughRecord;
import dev.joinery.query.Attribute;
import dev.joinery.query.Include;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one SELECT of a find reads and where each value lands: the tree of table occurrences (the
 * level's root plus every to-one include joined into it), the attributes each shows, and the JDBC
 * position of every selected column. Built once per level; {@link SelectSql} renders the text
 * (once per chunk of parent keys) and {@link IncludeLoader} reads the rows.
 *
 * <p>Besides the chosen attributes, each node selects the keys stitching needs even when the user
 * left them out: the source key of each to-many include (the parent side of the next statement),
 * the join column of a to-one node (to tell a LEFT JOIN miss), and on a to-many level the column
 * its rows are grouped by (the foreign key, or the junction's source column).
 *
 * <p>A plan for a root level of at most one row ({@link #forRoots}) also joins to-many
 * includes: from the root, and from each to-many node so joined, the first to-many include
 * without a per-parent {@code limit} (one chain, so sibling to-many includes never multiply each
 * other's rows; they, and includes with a {@code limit}, keep their own statement). The root and
 * each joined to-many node then also select their primary key, by which repeated rows are told.
 *
 * <p>A plan depends only on the shape of its selection (the tokens of {@link SqlCache#shape}:
 * tables, columns, operators, includes, paging, never a condition's values), so it is built once
 * per shape and shared ({@link #forRoots}, {@link #forCount}): the plans of the to-many levels
 * below it are built with it ({@link TableNode#levels}), and the SQL text of each of its
 * statements is kept with it ({@link #cachedText}). A call's values and what it reads live in its
 * {@link LevelRun}. At most {@link #MAX_PLANS} root shapes are kept; a new shape beyond that
 * displaces an arbitrary one (an application has a handful of query shapes; one that builds
 * unboundedly many, say an {@code IN} of each size, must not grow memory without end).
 */
final class SelectPlan {
  /** Root-level shapes kept, at most. */
  static final int MAX_PLANS = 512;
  /** SQL texts kept per plan (one per IN-list size bucket, scope, dialect), at most. */
  static final int MAX_TEXTS = 64;

  private static final Map<Key, SelectPlan> PLANS = new ConcurrentHashMap<>();

  /**
   * The selection the plan was built from. Only its shape counts: a call renders its own
   * selection's values ({@link LevelRun#selection}).
   */
  final Selection selection;
  final TableNode root;
  /** The to-many association this level loads for its parents; null for the root level. */
  final Association<?, ?> link;
  /** JDBC position of the junction's source column (belongsToMany levels), else 0. */
  final int linkPosition;
  /**
   * JDBC position of each column of the through record (by ordinal) on a level of a linked
   * belongsToMany, whose rows are read with their link row, 0 for a column its
   * {@code throughAttributes} leaves out; {@code null} on other levels.
   */
  final int[] throughPositions;
  /** Every node, parents first. */
  final List<TableNode> nodes = new ArrayList<>();
  /** Some to-many include is joined into this statement (a plan for one root). */
  final boolean chained;
  private int aliasCount;
  /** The text of each statement of this plan rendered so far; see {@link #keepText}. */
  private final Map<Object, String> texts = new ConcurrentHashMap<>();

  /** A cached plan's key: its selection's shape, and whether a to-many chain may be joined. */
  private record Key(List<Object> shape, boolean roots) {}

  /**
   * The plan for a root level, cached per shape: joining a to-many chain when the selection pins
   * one row ({@link Selection#atMostOneRow()}, itself decided by the shape).
   */
  static SelectPlan forRoots(Selection selection) {
    return cached(selection, true);
  }

  /** The plan of a root level that joins no to-many include: for counts and streaming reads. */
  static SelectPlan forCount(Selection selection) {
    return cached(selection, false);
  }

  private static SelectPlan cached(Selection selection, boolean roots) {
    Key key = new Key(SqlCache.shape(selection), roots);
    SelectPlan plan = PLANS.get(key);
    if (plan != null) {
      return plan;
    }
    plan = new SelectPlan(selection, null, roots && selection.atMostOneRow());
    if (PLANS.size() >= MAX_PLANS) {
      // Any victim will do: a bound against runaway shapes, not a tuned cache.
      Iterator<Key> keys = PLANS.keySet().iterator();
      if (keys.hasNext()) {
        keys.next();
        keys.remove();
      }
    }
    SelectPlan raced = PLANS.putIfAbsent(key, plan);
    return raced != null ? raced : plan;
  }

  /** How many root-level plans are cached now; for tests. */
  static int cachedPlans() {
    return PLANS.size();
  }

  /** The text kept for {@code key}, or null. */
  String cachedText(Object key) {
    return texts.get(key);
  }

  /**
   * Keeps {@code text} for {@code key}, unless it is longer than {@link SqlCache#MAX_TEXT} or
   * {@link #MAX_TEXTS} are kept already (then it is rendered again each time).
   */
  void keepText(Object key, String text) {
    if (text.length() <= SqlCache.MAX_TEXT && texts.size() < MAX_TEXTS) {
      texts.putIfAbsent(key, text);
    }
  }

  private SelectPlan(Selection selection, Association<?, ?> link, boolean joinToMany) {
    this.selection = selection;
    this.link = link;
    this.root = node(selection.table(), null, selection.includes(),
        attributes(selection.table(), selection.attributes(), selection.excluded()), joinToMany);
    this.chained = root.chainIndex >= 0;
    root.collect(nodes);
    int position = 0;
    for (TableNode node : nodes) {
      position = assignPositions(node, position);
    }
    if (link != null && link.kind() == AssociationKind.BELONGS_TO_MANY) {
      linkPosition = ++position;
    } else {
      linkPosition = 0;
    }
    if (link != null && link.linked()) {
      // The through record's columns follow the junction's source column, in table order.
      ThroughRecord<?> through = link.junction().record();
      List<? extends TableColumn<?, ?>> chosen = selection.throughAttributes();
      List<? extends TableColumn<?, ?>> columns = through.table().columns();
      throughPositions = new int[columns.size()];
      for (TableColumn<?, ?> column : columns) {
        // Its keys are always read: they say which pair the link row is, and which row.
        if (chosen == null || chosen.contains(column) || column.isPrimaryKey()
            || column == through.sourceKey() || column == through.targetKey()) {
          throughPositions[column.ordinal()] = ++position;
        }
      }
    } else {
      throughPositions = null;
    }
    root.resolve();
    for (int i = 0; i < nodes.size(); i++) {
      nodes.get(i).index = i;
    }
    for (TableNode node : nodes) {
      for (int i = 0; i < node.includes.size(); i++) {
        Include<?, ?> include = node.includes.get(i);
        if (include.association().toMany() && node.joined.get(i) == null) {
          node.levels[i] = new SelectPlan(Selection.of(include), include.association(), false);
        }
      }
    }
  }

  /** Aliases for table occurrences rendered outside the node tree (EXISTS subqueries). */
  int aliasCount() { return aliasCount; }

  boolean isToManyLevel() { return link != null; }

  /** Whether running this plan takes more than its one statement: a to-many include not joined. */
  boolean severalStatements() {
    for (TableNode node : nodes) {
      for (int i = 0; i < node.includes.size(); i++) {
        if (node.includes.get(i).association().toMany() && node.joined.get(i) == null) {
          return true;
        }
      }
    }
    return false;
  }

  /** A node and its joined includes; {@code joinToMany}: may join a to-many include too. */
  private TableNode node(TableMeta<?> table, Include<?, ?> include,
      List<? extends Include<?, ?>> includes, List<? extends Attribute<?>> attributes,
      boolean joinToMany) {
    TableNode node = new TableNode(table, "t" + aliasCount++, include, includes, attributes);
    for (Include<?, ?> child : node.includes) {
      boolean toMany = child.association().toMany();
      // Per-parent limits need a statement of their own (a window per parent); so do link rows
      // (a linked belongsToMany reads its through record's row with each target).
      boolean joined = !toMany || (joinToMany && node.chainIndex < 0 && child.limit() == null
          && !child.association().linked() && child.throughWhere() == null);
      if (!joined) {
        node.joined.add(null);
        continue;
      }
      if (toMany) {
        node.chainIndex = node.joined.size();
      }
      node.joined.add(node(child.association().target(), child, child.includes(),
          attributes(child.association().target(), child.attributes(), child.excluded()),
          toMany));
    }
    return node;
  }

  /** The attributes a level or include shows: the chosen ones, or every column but the excluded. */
  static List<? extends Attribute<?>> attributes(TableMeta<?> table,
      List<? extends Attribute<?>> chosen, List<? extends TableColumn<?, ?>> excluded) {
    if (!chosen.isEmpty()) {
      return chosen;
    }
    List<Attribute<?>> all = new ArrayList<>();
    for (TableColumn<?, ?> column : table.columns()) {
      if (!excluded.contains(column)) {
        all.add(column);
      }
    }
    return all;
  }

  private int assignPositions(TableNode node, int position) {
    Set<TableColumn<?, ?>> selected = new HashSet<>();
    for (Attribute<?> attribute : node.attributes) {
      selected.add(attribute.column());
    }
    for (Include<?, ?> include : node.includes) {
      if (include.association().toMany()) {
        selected.add(include.association().sourceKey());
      }
    }
    if (node.include != null) {
      selected.add(node.presenceColumn());
    }
    if (chained && (node == root || node.toManyJoin)) {
      selected.add(node.table.primaryKey());
    }
    if (node == root && link != null && link.kind() == AssociationKind.HAS_MANY) {
      selected.add(link.targetKey());
    }
    // Table order keeps the select list stable, whatever order attributes were given in.
    for (TableColumn<?, ?> column : node.table.columns()) {
      if (selected.contains(column)) {
        node.positions[column.ordinal()] = ++position;
      }
    }
    return position;
  }
}
