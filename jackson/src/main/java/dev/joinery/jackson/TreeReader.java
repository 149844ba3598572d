package dev.joinery.jackson;

import com.fasterxml.jackson.databind.JsonNode;
import dev.joinery.Linked;
import dev.joinery.meta.Association;
import dev.joinery.meta.AssociationKind;
import dev.joinery.meta.TableColumn;
import dev.joinery.meta.TableMeta;
import dev.joinery.meta.ThroughRecord;
import dev.joinery.validation.Violation;
import dev.joinery.validation.Violations;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a JSON tree into a record of a generated table, nested associations included (the body
 * of a nested create), through the table's metadata: keys are JSON names (the component name
 * unless {@code @JsonName} gives another), values are
 * converted by column type ({@link ColumnJson}), the record is built by its canonical
 * constructor ({@link TableMeta#construct}). No reflection on the record.
 *
 * <p>Every problem of the whole tree is collected, each at its JSON path: unknown keys, values
 * of the wrong type or shape, NOT NULL columns left out, and the table's own rules
 * ({@code @Email}, lengths, … through the generated {@code validate}). Columns the database or the
 * runtime fills are not required: generated keys and timestamps, and the foreign keys a nested
 * create fills from the enclosing row. {@code @Secret} columns are read like any other.
 */
final class TreeReader {
  private final List<JsonProblem> problems = new ArrayList<>();

  List<JsonProblem> problems() {
    return problems;
  }

  /**
   * The record of {@code node}, or {@code null} when a problem left it unbuildable.
   *
   * @param filled columns a nested create fills in (so not required here)
   */
  <T> T read(TableMeta<T> table, JsonNode node, String path, Set<TableColumn<?, ?>> filled) {
    if (!node.isObject()) {
      problems.add(new JsonProblem(path, table.name(), null, null, "type",
          path + " must be an object (a row of " + table.name() + ")"));
      return null;
    }
    Object[] components = new Object[table.componentCount()];
    Set<TableColumn<?, ?>> reported = new HashSet<>();
    Set<TableColumn<?, ?>> filledHere = new HashSet<>(filled);
    List<Map.Entry<Association<T, ?>, JsonNode>> nested = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String at = path + "." + field.getKey();
      TableColumn<T, ?> column = columnKeyed(table, field.getKey());
      if (column != null) {
        components[column.component()] = value(column, field.getValue(), at, reported);
        continue;
      }
      Association<T, ?> association = associationKeyed(table, field.getKey());
      if (association == null) {
        problems.add(unknown(table, field.getKey(), at));
      } else if (!field.getValue().isNull()) {
        nested.add(Map.entry(association, field.getValue()));
        if (association.kind() == AssociationKind.BELONGS_TO) {
          // The parent is saved first and its key fills this row's foreign key.
          filledHere.add(association.sourceKey());
        }
      }
    }
    for (Map.Entry<Association<T, ?>, JsonNode> entry : nested) {
      readNested(table, entry.getKey(), entry.getValue(), path + "." + entry.getKey().jsonName(),
          components);
    }
    for (TableColumn<T, ?> column : table.columns()) {
      if (components[column.component()] == null && !column.isNullable()
          && !isGenerated(column) && !filledHere.contains(column) && !reported.contains(column)) {
        problems.add(problem(column, path + "." + column.alias(), "notNull",
            "cannot be null"));
        reported.add(column);
      }
    }
    T row = construct(table, components);
    validate(table, row, path, filledHere, reported);
    return row;
  }

  /**
   * Builds the row. A primitive component cannot take {@code null}: when one is missing (already
   * reported, or a foreign key the nested create fills in) it gets zero, and only then, so that a
   * nullable wrapper left out stays {@code null}.
   */
  private static <T> T construct(TableMeta<T> table, Object[] components) {
    try {
      return table.construct(components);
    } catch (NullPointerException unboxed) {
      for (TableColumn<T, ?> column : table.columns()) {
        if (components[column.component()] == null && !column.isNullable()) {
          components[column.component()] = ColumnJson.placeholder(column.type());
        }
      }
      return table.construct(components);
    }
  }

  private <T, A> void readNested(TableMeta<T> table, Association<T, A> association,
      JsonNode value, String path, Object[] components) {
    Set<TableColumn<?, ?>> filledInChild = association.kind() == AssociationKind.HAS_ONE
        || association.kind() == AssociationKind.HAS_MANY
        ? Set.of(association.targetKey()) : Set.of();
    TableMeta<A> target = association.target();
    if (association.linked()) {
      components[association.component()] = readLinks(association, value, path);
      return;
    }
    if (!association.toMany()) {
      components[association.component()] = read(target, value, path, filledInChild);
      return;
    }
    if (!value.isArray()) {
      problems.add(new JsonProblem(path, table.name(), null, association.name(), "type",
          path + " must be an array (of rows of " + target.name() + ")"));
      return;
    }
    List<A> rows = new ArrayList<>();
    int index = 0;
    for (JsonNode element : value) {
      A row = read(target, element, path + "[" + index++ + "]", filledInChild);
      if (row != null) {
        rows.add(row);
      }
    }
    components[association.component()] = rows;
  }

  /**
   * The {@link Linked} elements of a belongsToMany through a record, written as
   * {@code [{"target": {…}, "link": {…}}]}; the link row's keys to both sides are filled by the
   * nested create, so they are not required.
   */
  private <T, A> List<Linked<A, Object>> readLinks(Association<T, A> association, JsonNode value,
      String path) {
    TableMeta<A> target = association.target();
    @SuppressWarnings("unchecked")
    ThroughRecord<Object> through = (ThroughRecord<Object>) association.junction().record();
    String rows = "{\"target\": a row of " + target.name() + ", \"link\": a row of "
        + through.table().name() + "}";
    if (!value.isArray()) {
      problems.add(new JsonProblem(path, association.source().name(), null, association.name(),
          "type", path + " must be an array (of " + rows + ")"));
      return null;
    }
    List<Linked<A, Object>> links = new ArrayList<>();
    int index = 0;
    for (JsonNode element : value) {
      String at = path + "[" + index++ + "]";
      if (!element.isObject() || !element.has("target") || !element.has("link")
          || element.size() != 2) {
        problems.add(new JsonProblem(at, through.table().name(), null, null, "type",
            at + " must be " + rows));
        continue;
      }
      A row = read(target, element.get("target"), at + ".target", Set.of());
      Object link = read(through.table(), element.get("link"), at + ".link",
          Set.of(through.sourceKey(), through.targetKey()));
      if (row != null && link != null) {
        links.add(new Linked<>(row, link));
      }
    }
    return links;
  }

  private Object value(TableColumn<?, ?> column, JsonNode node, String path,
      Set<TableColumn<?, ?>> reported) {
    if (node.isNull()) {
      return null;
    }
    try {
      return ColumnJson.read(column, node);
    } catch (ColumnJson.WrongType e) {
      reported.add(column);
      String got = node.toString();
      problems.add(problem(column, path, "type", e.getMessage() + " (got "
          + (got.length() <= 40 ? got : got.substring(0, 37) + "...") + ")"));
      return null;
    }
  }

  /** The generated rules, except on columns filled later or already reported. */
  private <T> void validate(TableMeta<T> table, T row, String path,
      Set<TableColumn<?, ?>> filled, Set<TableColumn<?, ?>> reported) {
    Violations found = new Violations();
    table.validate(row, found);
    for (Violation violation : found.list()) {
      TableColumn<T, ?> column = columnNamed(table, violation.column());
      if (column == null || !filled.contains(column) && !reported.contains(column)) {
        String property = column == null ? violation.property() : column.property();
        String key = column == null ? property : column.alias();
        problems.add(new JsonProblem(path + "." + key, violation.table(),
            violation.column(), property, violation.rule(), violation.message()));
      }
    }
  }

  /**
   * The column whose JSON key ({@code @JsonName}, else the component name) is {@code key}. Keys are
   * few and records small, so a scan costs less than a map per table.
   */
  private static <T> TableColumn<T, ?> columnKeyed(TableMeta<T> table, String key) {
    for (TableColumn<T, ?> column : table.columns()) {
      if (column.alias().equals(key)) {
        return column;
      }
    }
    return null;
  }

  private static <T> Association<T, ?> associationKeyed(TableMeta<T> table, String key) {
    for (Association<T, ?> association : table.associations()) {
      if (association.jsonName().equals(key)) {
        return association;
      }
    }
    return null;
  }

  private static <T> TableColumn<T, ?> columnNamed(TableMeta<T> table, String name) {
    for (TableColumn<T, ?> column : table.columns()) {
      if (column.name().equals(name)) {
        return column;
      }
    }
    return null;
  }

  private static boolean isGenerated(TableColumn<?, ?> column) {
    return column.isAutoIncrement() || column.isUuidV4() || column.isCreatedAt()
        || column.isUpdatedAt();
  }

  private static JsonProblem problem(TableColumn<?, ?> column, String path, String rule,
      String what) {
    return new JsonProblem(path, column.table(), column.name(), column.property(), rule,
        column.table() + "." + column.name() + " " + what);
  }

  private static JsonProblem unknown(TableMeta<?> table, String key, String path) {
    String columns = table.columns().stream().map(TableColumn::alias)
        .collect(Collectors.joining(", "));
    String associations = table.associations().stream().map(Association::jsonName)
        .collect(Collectors.joining(", "));
    return new JsonProblem(path, table.name(), null, key, "unknown", table.name()
        + " has no attribute or association '" + key + "' (attributes: " + columns
        + (associations.isEmpty() ? "" : "; associations: " + associations) + ")");
  }
}
