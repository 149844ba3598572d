package dev.joinery.query;

import dev.joinery.meta.TableColumn;
import java.util.List;

/**
 * What an upsert does when the row collides with a stored one (Sequelize's {@code upsert} and
 * {@code bulkCreate(rows, {updateOnDuplicate})}): which key it collides on, the primary key or
 * the columns of a unique index, and which columns of the stored row it updates. Immutable.
 *
 * <pre>{@code
 * tags.upsert(tag, OnConflict.on(TagTable.NAME).update(TagTable.COLOR));
 * }</pre>
 *
 * <p>The conflict columns are checked when the upsert runs: they must be the table's primary key
 * or exactly the columns of one of its unique indexes ({@code @Column(unique = true)},
 * {@code @Index(unique = true)}).
 *
 * @param <T> the record
 */
public final class OnConflict<T> {
  private static final OnConflict<?> PRIMARY_KEY = new OnConflict<>(List.of(), List.of(), false);

  private final List<TableColumn<T, ?>> target;
  private final List<TableColumn<T, ?>> updated;
  private final boolean updatedChosen;

  private OnConflict(List<TableColumn<T, ?>> target, List<TableColumn<T, ?>> updated,
      boolean updatedChosen) {
    this.target = List.copyOf(target);
    this.updated = List.copyOf(updated);
    this.updatedChosen = updatedChosen;
  }

  /** Collides on the primary key, updating every other column but {@code @CreatedAt}. */
  @SuppressWarnings("unchecked")
  public static <T> OnConflict<T> primaryKey() {
    return (OnConflict<T>) PRIMARY_KEY;
  }

  /**
   * Collides on these columns, which must be the primary key or exactly the columns of a unique
   * index; updates every column but the key, these and {@code @CreatedAt}.
   */
  @SafeVarargs
  public static <T> OnConflict<T> on(TableColumn<T, ?>... uniqueColumns) {
    if (uniqueColumns.length == 0) {
      throw new IllegalArgumentException("OnConflict.on needs at least one column");
    }
    return new OnConflict<>(List.of(uniqueColumns), List.of(), false);
  }

  /**
   * Updates only these columns of a stored row (Sequelize's {@code updateOnDuplicate}), and
   * {@code @UpdatedAt}; none leaves a stored row as it is.
   */
  @SafeVarargs
  public final OnConflict<T> update(TableColumn<T, ?>... columns) {
    return new OnConflict<>(target, List.of(columns), true);
  }

  /** The conflict columns; empty for the primary key. */
  public List<TableColumn<T, ?>> target() { return target; }

  /** The columns {@link #update} chose; empty when it was not called. */
  public List<TableColumn<T, ?>> updated() { return updated; }

  /** Whether {@link #update} chose the updated columns. */
  public boolean isUpdateChosen() { return updatedChosen; }
}
