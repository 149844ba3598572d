package dev.joinery.processor.render;

import dev.joinery.schema.ForeignKeyDef;
import dev.joinery.schema.TableDef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Orders tables for creation: a table after the tables its foreign keys reference. Ties keep
 * name order, so the order does not depend on the order javac reads sources in. In a cycle the
 * first remaining table by name goes first; the foreign key that closes the cycle stays in its
 * table, and the DDL renderers add a constraint whose target does not exist yet after creating
 * the tables.
 */
final class SchemaOrder {
  private SchemaOrder() {}

  static List<TableDef> sort(List<TableDef> tables) {
    List<TableDef> remaining = new ArrayList<>(tables);
    remaining.sort(Comparator.comparing(TableDef::name));
    Set<String> all = new HashSet<>();
    remaining.forEach(t -> all.add(t.name()));
    Set<String> placed = new HashSet<>();
    List<TableDef> ordered = new ArrayList<>();
    while (!remaining.isEmpty()) {
      TableDef next = remaining.stream()
          .filter(t -> referenced(t).stream().allMatch(r -> placed.contains(r) || !all.contains(r)
              || r.equals(t.name())))
          .findFirst()
          .orElse(remaining.get(0));
      remaining.remove(next);
      placed.add(next.name());
      ordered.add(next);
    }
    return ordered;
  }

  private static List<String> referenced(TableDef table) {
    return table.foreignKeys().stream().map(ForeignKeyDef::referencedTable).toList();
  }
}
