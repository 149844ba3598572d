package dev.joinery.internal;

import dev.joinery.meta.Association;
import dev.joinery.meta.TableColumn;
import java.util.List;

/**
 * Copies of rows with one component replaced, for the values the runtime fills in itself:
 * generated keys, foreign keys, defaults and timestamps, included associations. The typed
 * withers of {@link TableColumn} and {@link Association} take the value's static type; here the
 * value comes from the database or from another column, so its type is known only from the
 * metadata (a foreign key holds values of the key it references), hence the unchecked casts.
 */
final class Copies {
  private Copies() {}

  @SuppressWarnings("unchecked")
  static <T> T with(T row, TableColumn<T, ?> column, Object value) {
    return ((TableColumn<T, Object>) column).with(row, value);
  }

  /** {@code value} is a record of the target for a to-one association, a List of them else. */
  @SuppressWarnings("unchecked")
  static <T> T with(T row, Association<T, ?> association, Object value) {
    Association<T, Object> any = (Association<T, Object>) association;
    return association.toMany() ? any.withMany(row, (List<Object>) value) : any.withOne(row, value);
  }
}
