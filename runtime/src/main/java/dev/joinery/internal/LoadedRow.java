package dev.joinery.internal;

import dev.joinery.Linked;
import dev.joinery.meta.Association;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A row read for a {@link TableNode} that waits for to-many includes. Records are immutable, so
 * the included values are collected here first (a joined row, or the list a to-many statement
 * fills) and the final record is built at the end, each included association set through its
 * generated wither: the record's own constructor sees the final lists, as it would in
 * hand-written code (a compact constructor may copy them). A row with nothing left to load (no
 * to-many include at or below its node) is constructed once, as it is read, with its joined rows
 * in place, so most rows of a big find cost no more than their record.
 *
 * <p>A loaded value is therefore either a record or a {@code LoadedRow}; {@link #build} accepts
 * both.
 */
final class LoadedRow {
  final TableNode node;
  final Object record;
  /** Per include of the node: a loaded value, a List of them, or null. */
  final Object[] values;
  private Object built;

  LoadedRow(TableNode node, Object record) {
    this.node = node;
    this.record = record;
    this.values = new Object[node.includes.size()];
  }

  /** The record of a loaded value. */
  static Object record(Object loaded) {
    return loaded instanceof LoadedRow row ? row.record : loaded;
  }

  @SuppressWarnings("unchecked")
  void addChild(int include, Object child) {
    ((List<Object>) values[include]).add(child);
  }

  /**
   * The record of a loaded value with every included association filled; built once, shared
   * by every parent. Lists of children are turned into records in place.
   */
  static Object build(Object loaded) {
    return loaded instanceof LoadedRow row ? row.build() : loaded;
  }

  @SuppressWarnings("unchecked")
  private Object build() {
    if (built != null) {
      return built;
    }
    built = Copies.withIncludes(node.table, record, node.includes,
        i -> buildValue(values[i], node.child(i)));
    return built;
  }

  @SuppressWarnings("unchecked")
  private static Object buildValue(Object value, TableNode child) {
    if (value instanceof List<?> rows) {
      List<Object> list = (List<Object>) rows;
      // Rows of a level finished as read are records already: not worth touching again.
      if (child != null && !child.completeWhenRead) {
        for (int i = 0; i < list.size(); i++) {
          if (list.get(i) instanceof LoadedRow row) {
            list.set(i, row.build());
          } else if (list.get(i) instanceof Linked<?, ?> linked
              && linked.target() instanceof LoadedRow row) {
            list.set(i, new Linked<>(row.build(), linked.link()));
          }
        }
      }
      return Collections.unmodifiableList(list);
    }
    return build(value);
  }

  /**
   * A built record of {@code node} as Sequelize's {@code toJSON()} shows it: selected
   * attributes under their (possibly renamed) names, then each included association under its
   * JSON name (null, a map, or a list of maps).
   */
  @SuppressWarnings("unchecked")
  static Map<String, Object> toMap(TableNode node, Object record) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (var attribute : node.attributes) {
      map.put(attribute.alias(), attribute.column().get(record));
    }
    for (int i = 0; i < node.includes.size(); i++) {
      var association = (Association<Object, Object>)
          node.includes.get(i).association();
      TableNode child = node.child(i);
      Object value;
      if (association.toMany()) {
        List<Object> rows = association.getMany(record);
        List<Object> list = new java.util.ArrayList<>(rows.size());
        for (Object row : rows) {
          list.add(toMap(child, row));
        }
        value = list;
      } else {
        Object one = association.getOne(record);
        value = one == null ? null : toMap(child, one);
      }
      map.put(association.jsonName(), value);
    }
    return map;
  }
}
