package dev.joinery.schema;

import java.util.List;

/**
 * An index (unique or not) over columns of one table. Single-column {@code @Column(unique = true)}
 * constraints are unique indexes too, so {@code sync(ALTER)} finds every one by name.
 */
public record IndexDef(String name, List<String> columns, boolean unique) {
  public IndexDef {
    columns = List.copyOf(columns);
  }
}
