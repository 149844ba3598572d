package dev.joinery.schema;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The columns a database has of a schema's tables, read once from its catalog
 * ({@code Joinery.liveSchema(schema)}). The runtime asks it what it cannot know of a table it did
 * not create: how many fractional digits a timestamp column stores (Sequelize's MariaDB
 * {@code DATETIME} keeps whole seconds), so values can be truncated to what will be stored.
 * Tables or columns the database does not have are absent.
 */
public final class LiveSchema {
  private final Map<String, Map<String, LiveColumn>> columns;

  LiveSchema(Map<String, Map<String, LiveColumn>> columns) {
    this.columns = Map.copyOf(columns);
  }

  /** Whether the table exists. */
  public boolean hasTable(String table) {
    return columns.containsKey(table);
  }

  /** The live column {@code column} of {@code table}, if both exist. */
  public Optional<LiveColumn> column(String table, String column) {
    Map<String, LiveColumn> byName = columns.get(table);
    return Optional.ofNullable(byName == null ? null : byName.get(column));
  }

  /**
   * Digits after the second that {@code table.column} stores (0 to 9): empty when the column does
   * not exist or holds no date-time or time.
   */
  public OptionalInt fractionalDigits(String table, String column) {
    return column(table, column)
        .filter(c -> c.fractionalDigits() >= 0)
        .map(c -> OptionalInt.of(c.fractionalDigits()))
        .orElse(OptionalInt.empty());
  }
}
