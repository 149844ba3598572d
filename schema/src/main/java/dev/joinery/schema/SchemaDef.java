package dev.joinery.schema;

import java.util.List;

/**
 * Every table of a compilation, in foreign-key order: a table comes after the tables it
 * references, except where a cycle forces a constraint to be added after both tables exist.
 * The generated {@code JoinerySchema} class provides one; the runtime's {@code SchemaSync}
 * executes it.
 */
public record SchemaDef(List<TableDef> tables) {
  public SchemaDef {
    tables = List.copyOf(tables);
  }
}
