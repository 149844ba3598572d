package dev.joinery.meta;

import java.util.function.Supplier;

/**
 * The {@code @Table} record whose table is the junction of a belongsToMany
 * ({@code @BelongsToMany(throughRecord)}), and its two key columns: the foreign keys of its
 * {@code @BelongsTo} to each side. Held through suppliers, as {@link Association} holds its
 * tables, because generated table classes reference each other.
 *
 * @param <L> the through record
 */
public final class ThroughRecord<L> {
  private final Supplier<TableMeta<L>> table;
  private final Supplier<TableColumn<L, ?>> sourceKey;
  private final Supplier<TableColumn<L, ?>> targetKey;

  public ThroughRecord(Supplier<TableMeta<L>> table, Supplier<TableColumn<L, ?>> sourceKey,
      Supplier<TableColumn<L, ?>> targetKey) {
    this.table = table;
    this.sourceKey = sourceKey;
    this.targetKey = targetKey;
  }

  /** The through record's table: the junction. */
  public TableMeta<L> table() { return table.get(); }

  /** Its column holding the source's key (the junction's {@code sourceColumn}). */
  public TableColumn<L, ?> sourceKey() { return sourceKey.get(); }

  /** Its column holding the target's key (the junction's {@code targetColumn}). */
  public TableColumn<L, ?> targetKey() { return targetKey.get(); }
}
