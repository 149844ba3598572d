package dev.joinery.internal;

import dev.joinery.meta.Association;
import dev.joinery.meta.AssociationKind;
import dev.joinery.meta.TableColumn;
import dev.joinery.meta.TableMeta;
import dev.joinery.query.Attribute;
import dev.joinery.query.Include;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
 * <p>A plan for a root level of at most one row ({@link #forOneRoot}) also joins to-many
 * includes: from the root, and from each to-many node so joined, the first to-many include
 * without a per-parent {@code limit} (one chain, so sibling to-many includes never multiply each
 * other's rows; they, and includes with a {@code limit}, keep their own statement). The root and
 * each joined to-many node then also select their primary key, by which repeated rows are told.
 */
final class SelectPlan {
  final Selection selection;
  final TableNode root;
  /** The to-many association this level loads for its parents; null for the root level. */
  final Association<?, ?> link;
  /** JDBC position of the junction's source column (belongsToMany levels), else 0. */
  final int linkPosition;
  /**
   * JDBC position of each column of the through record (by ordinal) on a level of a linked
   * belongsToMany, whose rows are read with their link row; {@code null} on other levels.
   */
  final int[] throughPositions;
  /** Every node, parents first. */
  final List<TableNode> nodes = new ArrayList<>();
  /** Some to-many include is joined into this statement (a plan for one root). */
  final boolean chained;
  private int aliasCount;

  SelectPlan(Selection selection, Association<?, ?> link) {
    this(selection, link, false);
  }

  /**
   * The plan of a root level of at most one row: to-many includes along one chain joined in.
   * Only for a selection whose where pins one row ({@link Selection#atMostOneRow()}).
   */
  static SelectPlan forOneRoot(Selection selection) {
    return new SelectPlan(selection, null, true);
  }

  /** The plan for a root level: joining a to-many chain when the selection pins one row. */
  static SelectPlan forRoots(Selection selection) {
    return selection.atMostOneRow() ? forOneRoot(selection) : new SelectPlan(selection, null);
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
      List<? extends TableColumn<?, ?>> columns = link.junction().record().table().columns();
      throughPositions = new int[columns.size()];
      for (int i = 0; i < throughPositions.length; i++) {
        throughPositions[i] = ++position;
      }
    } else {
      throughPositions = null;
    }
    root.resolve();
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
      boolean joined = !toMany || joinToMany && node.chainIndex < 0 && child.limit() == null
          && !child.association().linked() && child.throughWhere() == null;
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
