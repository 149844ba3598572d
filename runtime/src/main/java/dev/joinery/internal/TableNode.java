package dev.joinery.internal;

import dev.joinery.dialect.Dialect;
import dev.joinery.meta.Association;
import dev.joinery.meta.RowInput;
import dev.joinery.meta.TableColumn;
import dev.joinery.meta.TableMeta;
import dev.joinery.meta.ValueType;
import dev.joinery.query.Attribute;
import dev.joinery.query.Include;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * One table occurrence in a SELECT: the root of a level, or a to-one include joined into it.
 * Knows its SQL alias, which JDBC position each of its columns was selected at, the attributes
 * the map view shows, and the includes hanging off it (to-one ones as joined child nodes,
 * to-many ones loaded by later statements). It also collects the rows read for it when a to-many
 * include needs their keys after the statement ran.
 */
final class TableNode {
  final TableMeta<Object> table;
  final String alias;
  /** The include this node loads; null for the root of a level. */
  final Include<?, ?> include;
  final List<Include<?, ?>> includes;
  /** Per include: the joined node of a to-one include, null for a to-many one. */
  final List<TableNode> joined = new ArrayList<>();
  final List<Attribute<Object>> attributes;
  /** JDBC position (1-based) of each column ordinal, 0 when not selected. */
  final int[] positions;
  /** The rows read for this node, kept only when a to-many include needs their keys. */
  final List<LoadedRow> rows = new ArrayList<>();
  final boolean hasToMany;

  // Resolved once the tree is complete (see resolve()): association metadata sits behind
  // suppliers, because tables reference each other, and is too slow to ask for every row.
  int presencePosition;
  ValueType presenceType;
  /** No to-many include here or below: a row is finished as soon as it is read. */
  boolean completeWhenRead;
  /** Per include: the component of this node's record it fills. */
  final int[] components;

  /** Per include: the root node of a to-many include's level, once that level ran. */
  private final TableNode[] levels;
  private RowInput input;

  @SuppressWarnings("unchecked")
  TableNode(TableMeta<?> table, String alias, Include<?, ?> include,
      List<? extends Include<?, ?>> includes, List<? extends Attribute<?>> attributes) {
    this.table = (TableMeta<Object>) table;
    this.alias = alias;
    this.include = include;
    this.includes = List.copyOf(includes);
    this.attributes = (List<Attribute<Object>>) (List<?>) List.copyOf(attributes);
    this.positions = new int[table.columns().size()];
    this.hasToMany = this.includes.stream().anyMatch(i -> i.association().toMany());
    this.levels = new TableNode[this.includes.size()];
    this.components = new int[this.includes.size()];
  }

  /** Resolves the per-row facts of this node and the nodes joined below it. */
  void resolve() {
    completeWhenRead = !hasToMany;
    for (int i = 0; i < includes.size(); i++) {
      components[i] = includes.get(i).association().component();
      TableNode child = joined.get(i);
      if (child != null) {
        child.resolve();
        completeWhenRead &= child.completeWhenRead;
      }
    }
    if (include != null) {
      TableColumn<?, ?> presence = presenceColumn();
      presencePosition = positions[presence.ordinal()];
      presenceType = presence.type();
    }
  }

  boolean hasIncludes() {
    return !includes.isEmpty();
  }

  /** The node of include {@code i}: the joined node, or the root of its to-many level. */
  TableNode child(int i) {
    TableNode node = joined.get(i);
    return node != null ? node : levels[i];
  }

  void setLevel(int i, TableNode root) {
    levels[i] = root;
  }

  /** The association this node is joined by; null for a root. */
  Association<?, ?> association() {
    return include == null ? null : include.association();
  }

  boolean isRequired() {
    return include != null && include.isRequired();
  }

  /** The column whose value tells a LEFT JOIN match from a miss: the join column on this side. */
  TableColumn<?, ?> presenceColumn() {
    return include.association().targetKey();
  }

  boolean isSelected(TableColumn<?, ?> column) {
    return positions[column.ordinal()] != 0;
  }

  /** Points this node at the result set of the statement about to be read. */
  void attach(ResultSet resultSet, Dialect dialect) {
    input = new RowInput(resultSet, positions, dialect);
  }

  RowInput input() {
    return input;
  }

  /** This node and the nodes joined below it, parents first. */
  void collect(List<TableNode> into) {
    into.add(this);
    for (TableNode child : joined) {
      if (child != null) {
        child.collect(into);
      }
    }
  }
}
