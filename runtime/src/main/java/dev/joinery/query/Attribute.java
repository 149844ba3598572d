package dev.joinery.query;

import dev.joinery.meta.Column;

/**
 * A selected column, possibly under another name in the map/JSON view. A {@link Column} is an
 * attribute under its own name; {@code column.as("zip")} renames it (Sequelize's
 * {@code ['postcode', 'zip']}).
 */
public interface Attribute<T> {
  Column<T, ?> column();

  /** The key of this attribute in the map/JSON view. */
  String alias();

  static <T> Attribute<T> renamed(Column<T, ?> column, String alias) {
    return new Renamed<>(column, alias);
  }

  /** A column under another name. */
  record Renamed<T>(Column<T, ?> column, String alias) implements Attribute<T> {}
}
