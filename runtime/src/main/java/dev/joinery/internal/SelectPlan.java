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
 */
final class SelectPlan {
  final Selection selection;
  final TableNode root;
  /** The to-many association this level loads for its parents; null for the root level. */
  final Association<?, ?> link;
  /** JDBC position of the junction's source column (belongsToMany levels), else 0. */
  final int linkPosition;
  /** Every node, parents first. */
  final List<TableNode> nodes = new ArrayList<>();
  private int aliasCount;

  SelectPlan(Selection selection, Association<?, ?> link) {
    this.selection = selection;
    this.link = link;
    this.root = node(selection.table(), null, selection.includes(),
        attributes(selection.table(), selection.attributes(), selection.excluded()));
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
    root.resolve();
  }

  /** Aliases for table occurrences rendered outside the node tree (EXISTS subqueries). */
  int aliasCount() { return aliasCount; }

  boolean isToManyLevel() { return link != null; }

  private TableNode node(TableMeta<?> table, Include<?, ?> include,
      List<? extends Include<?, ?>> includes, List<? extends Attribute<?>> attributes) {
    TableNode node = new TableNode(table, "t" + aliasCount++, include, includes, attributes);
    for (Include<?, ?> child : node.includes) {
      if (child.association().toMany()) {
        node.joined.add(null);
      } else {
        node.joined.add(node(child.association().target(), child, child.includes(),
            attributes(child.association().target(), child.attributes(), child.excluded())));
      }
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
