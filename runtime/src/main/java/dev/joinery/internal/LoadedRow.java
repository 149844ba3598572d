package dev.joinery.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A row read for a {@link TableNode}, waiting for its includes. Records are immutable, so the
 * included values are collected here first (a joined row, or the list a to-many statement fills)
 * and the final record is built once at the end, through the generated constructor.
 */
final class LoadedRow {
  final TableNode node;
  final Object record;
  /** Per include of the node: a LoadedRow, a List of them, or null. */
  final Object[] values;
  /** The parent key this row belongs to, for rows of a to-many level. */
  Object link;
  private Object built;

  LoadedRow(TableNode node, Object record) {
    this.node = node;
    this.record = record;
    this.values = node.includes.isEmpty() ? NONE : new Object[node.includes.size()];
  }

  private static final Object[] NONE = new Object[0];

  @SuppressWarnings("unchecked")
  void addChild(int include, LoadedRow child) {
    ((List<LoadedRow>) values[include]).add(child);
  }

  /** The record with every included association filled; built once, shared by every parent. */
  Object build() {
    if (built != null) {
      return built;
    }
    if (values.length == 0) {
      built = record;
      return built;
    }
    Object[] components = node.table.deconstruct(record);
    for (int i = 0; i < values.length; i++) {
      int component = node.includes.get(i).association().component();
      components[component] = buildValue(values[i]);
    }
    built = node.table.construct(components);
    return built;
  }

  private static Object buildValue(Object value) {
    if (value instanceof LoadedRow row) {
      return row.build();
    }
    if (value instanceof List<?> rows) {
      List<Object> list = new ArrayList<>(rows.size());
      for (Object row : rows) {
        list.add(((LoadedRow) row).build());
      }
      return Collections.unmodifiableList(list);
    }
    return null;
  }

  /**
   * The row as Sequelize's {@code toJSON()} shows it: selected attributes under their (possibly
   * renamed) names, then each included association under its name.
   */
  Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    for (var attribute : node.attributes) {
      map.put(attribute.alias(), attribute.column().get(record));
    }
    for (int i = 0; i < values.length; i++) {
      map.put(node.includes.get(i).association().name(), mapValue(values[i]));
    }
    return map;
  }

  private static Object mapValue(Object value) {
    if (value instanceof LoadedRow row) {
      return row.toMap();
    }
    if (value instanceof List<?> rows) {
      List<Object> list = new ArrayList<>(rows.size());
      for (Object row : rows) {
        list.add(((LoadedRow) row).toMap());
      }
      return list;
    }
    return null;
  }
}
