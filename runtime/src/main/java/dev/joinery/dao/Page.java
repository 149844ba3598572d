package dev.joinery.dao;

import java.util.List;

/**
 * The result of {@code findAndCountAll}: one page of rows and the number of matching parent rows
 * (distinct, whatever was included).
 */
public record Page<T>(long count, List<T> rows) {
  public Page {
    rows = List.copyOf(rows);
  }
}
