package dev.joinery.query;

import dev.joinery.meta.TableColumn;

/**
 * A selected column, possibly under another name in the map/JSON view. A {@link TableColumn} is an
 * attribute under its own name; {@code column.as("zip")} renames it (Sequelize's
 * {@code ['postcode', 'zip']}).
 */
public interface Attribute<T> {
  TableColumn<T, ?> column();

  /** The key of this attribute in the map/JSON view. */
  String alias();

  static <T> Attribute<T> renamed(TableColumn<T, ?> column, String alias) {
    return new Renamed<>(column, alias);
  }

  /** A column under another name. */
  record Renamed<T>(TableColumn<T, ?> column, String alias) implements Attribute<T> {}
}
