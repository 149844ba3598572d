package dev.joinery.jackson;

import dev.joinery.meta.Association;
import dev.joinery.meta.TableColumn;
import dev.joinery.meta.TableMeta;
import dev.joinery.query.Attribute;
import dev.joinery.query.Include;
import dev.joinery.query.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the JSON of one level of records holds: its attributes under their names, and its
 * associations with the shape of their own level. {@code @Secret} columns are never part of it.
 *
 * <p>A record alone cannot tell a to-one association that was not loaded from one that was
 * loaded and found nothing: both are {@code null}. So there are two kinds of shape:
 * <ul>
 *   <li>a record's own ({@link #of(TableMeta)}): every column; an association only when it holds
 *       something (a to-many list, even empty, is always loaded; a {@code null} is left out);
 *   <li>a query's ({@link #of(TableMeta, Query)}, through {@link Loaded}): the query's attributes
 *       and renames, and exactly its includes, each written even when empty ({@code null} for a
 *       to-one with no row, {@code []} for a to-many); what it did not include is left out.
 * </ul>
 */
final class JsonShape {
  private static final Map<TableMeta<?>, JsonShape> OWN = new ConcurrentHashMap<>();

  /** A column under its JSON name. */
  record Field(String name, TableColumn<Object, ?> column) {}

  /**
   * An association and the shape of its rows; {@code shape == null} means the target's own
   * shape, looked up when written because records may refer to each other in a cycle.
   */
  record Branch(Association<Object, Object> association, JsonShape shape, boolean included) {}

  final List<Field> fields;
  final List<Branch> branches;

  private JsonShape(List<Field> fields, List<Branch> branches) {
    this.fields = List.copyOf(fields);
    this.branches = List.copyOf(branches);
  }

  /** The shape of a record of {@code table} on its own: built once per table. */
  static JsonShape of(TableMeta<?> table) {
    return OWN.computeIfAbsent(table, JsonShape::own);
  }

  /** The shape of the rows {@code query} loaded from {@code table}. */
  static JsonShape of(TableMeta<?> table, Query<?> query) {
    return level(table, query.attributes(), query.excluded(), query.includes());
  }

  @SuppressWarnings("unchecked")
  private static JsonShape own(TableMeta<?> table) {
    List<Field> fields = new ArrayList<>();
    for (TableColumn<?, ?> column : table.columns()) {
      if (!column.isSecret()) {
        fields.add(new Field(column.alias(), (TableColumn<Object, ?>) column));
      }
    }
    List<Branch> branches = new ArrayList<>();
    for (Association<?, ?> association : table.associations()) {
      branches.add(new Branch((Association<Object, Object>) association, null, false));
    }
    return new JsonShape(fields, branches);
  }

  @SuppressWarnings("unchecked")
  private static JsonShape level(TableMeta<?> table, List<? extends Attribute<?>> chosen,
      List<? extends TableColumn<?, ?>> excluded, List<? extends Include<?, ?>> includes) {
    List<Field> fields = new ArrayList<>();
    if (chosen.isEmpty()) {
      // As the find selects: every column but the excluded ones.
      for (TableColumn<?, ?> column : table.columns()) {
        if (!excluded.contains(column) && !column.isSecret()) {
          fields.add(new Field(column.alias(), (TableColumn<Object, ?>) column));
        }
      }
    } else {
      for (Attribute<?> attribute : chosen) {
        if (!excluded.contains(attribute.column()) && !attribute.column().isSecret()) {
          fields.add(new Field(attribute.alias(), (TableColumn<Object, ?>) attribute.column()));
        }
      }
    }
    List<Branch> branches = new ArrayList<>();
    for (Include<?, ?> include : includes) {
      Association<?, ?> association = include.association();
      branches.add(new Branch((Association<Object, Object>) association,
          level(association.target(), include.attributes(), include.excluded(), include.includes()),
          true));
    }
    return new JsonShape(fields, branches);
  }
}
