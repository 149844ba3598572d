package dev.joinery.internal;

import dev.joinery.dialect.Dialect;
import dev.joinery.meta.Association;
import dev.joinery.meta.Column;
import dev.joinery.meta.RowInput;
import dev.joinery.meta.TableMeta;
import dev.joinery.query.Attribute;
import dev.joinery.query.Include;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * One table occurrence in a SELECT: the root of a level, or a to-one include joined into it.
 * Knows its SQL alias, which JDBC position each of its columns was selected at, the attributes
 * the map view shows, and the includes hanging off it (to-one ones as child nodes, to-many ones
 * loaded by later statements). It also collects the rows read for it, so the to-many loader
 * finds every parent key of this node after the statement ran.
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
  final int[] positions;
  final List<LoadedRow> rows = new ArrayList<>();
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
  }

  /** The association this node is joined by; null for a root. */
  Association<?, ?> association() {
    return include == null ? null : include.association();
  }

  boolean isRequired() {
    return include != null && include.isRequired();
  }

  /** The column whose value tells a LEFT JOIN match from a miss: the join column on this side. */
  Column<?, ?> presenceColumn() {
    return include.association().targetKey();
  }

  boolean isSelected(Column<?, ?> column) {
    return positions[column.ordinal()] != 0;
  }

  /** Points this node at the result set of the statement about to be read. */
  void attach(ResultSet resultSet, Dialect dialect) {
    input = new RowInput(resultSet, positions, dialect);
  }

  RowInput input() { return input; }

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
