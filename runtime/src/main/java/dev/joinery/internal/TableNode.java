package dev.joinery.internal;

import dev.joinery.meta.Association;
import dev.joinery.meta.TableColumn;
import dev.joinery.meta.TableMeta;
import dev.joinery.meta.ValueType;
import dev.joinery.query.Attribute;
import dev.joinery.query.Include;
import java.util.ArrayList;
import java.util.List;

/**
 * One table occurrence in a SELECT: the root of a level, a to-one include joined into it, or (in
 * a plan for at most one root, see {@link SelectPlan}) a to-many include joined into it. Knows
 * its SQL alias, which JDBC position each of its columns was selected at, the attributes the map
 * view shows, and the includes hanging off it (joined ones as child nodes, the other to-many ones
 * as the plans of their own statements).
 *
 * <p>Part of a plan cached per query shape and shared by every call and thread of that shape:
 * immutable once its plan is built. Its {@link #include} and {@link #includes} are those of the
 * call that built the plan and stand only for their shape (associations, required, limits,
 * order); the values of a call's conditions come from that call's includes ({@link LevelRun}).
 * What a call reads (result set, rows, the row read last) lives in its {@link LevelRun}.
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
  /** Position of this node in its plan's {@link SelectPlan#nodes}: its slot in a run's state. */
  int index;
  final boolean hasToMany;
  /** This node is a to-many include joined into its parent's statement (one row per child). */
  final boolean toManyJoin;
  /** The index of the include joined as a to-many node, or -1. */
  int chainIndex = -1;

  // Resolved once the tree is complete (see resolve()): association metadata sits behind
  // suppliers, because tables reference each other, and is too slow to ask for every row.
  int presencePosition;
  ValueType presenceType;
  /** No to-many include here or below: a row is finished as soon as it is read. */
  boolean completeWhenRead;
  /** Per include: the component of this node's record it fills. */
  final int[] components;
  /** JDBC position of the primary key (0 when not selected) and its type. */
  int keyPosition;
  ValueType keyType;
  /** The key reads as a {@code long} ({@code BIGINT}, {@code INT}, …): compared unboxed. */
  boolean integralKey;

  /** Per include: the plan of a to-many include's own statement, null for a joined one. */
  final SelectPlan[] levels;

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
    this.toManyJoin = include != null && include.association().toMany();
    this.levels = new SelectPlan[this.includes.size()];
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
    TableColumn<?, ?> key = table.primaryKey();
    keyPosition = positions[key.ordinal()];
    keyType = key.type();
    integralKey = switch (keyType) {
      case LONG, INT, SHORT, BYTE -> true;
      default -> false;
    };
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
    return node != null ? node : levels[i].root;
  }

  /** The association this node is joined by; null for a root. */
  Association<?, ?> association() {
    return include == null ? null : include.association();
  }

  boolean isRequired() {
    return include != null && include.isRequired();
  }

  /**
   * Joined with INNER JOIN: a required to-one include. A joined to-many include is always a LEFT
   * JOIN: a required one drops its parent through {@code EXISTS}, as in a plan of several
   * statements.
   */
  boolean isInnerJoined() {
    return isRequired() && !toManyJoin;
  }

  /** The joined to-many node below this one, or null. */
  TableNode chainChild() {
    return chainIndex < 0 ? null : joined.get(chainIndex);
  }

  /** The column whose value tells a LEFT JOIN match from a miss: the join column on this side. */
  TableColumn<?, ?> presenceColumn() {
    return include.association().targetKey();
  }

  boolean isSelected(TableColumn<?, ?> column) {
    return positions[column.ordinal()] != 0;
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
