package dev.joinery.processor.model;

import java.util.List;

/** One {@code @Index} of a record: component names, uniqueness and an optional name. */
public record IndexModel(SourceRef source, List<String> components, boolean unique, String name) {
  public IndexModel {
    components = List.copyOf(components);
  }
}
