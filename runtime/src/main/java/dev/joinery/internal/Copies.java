package dev.joinery.internal;

import dev.joinery.meta.Association;
import dev.joinery.meta.TableColumn;
import dev.joinery.meta.TableMeta;
import dev.joinery.query.Include;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Copies of rows with components replaced, for the values the runtime fills in itself:
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

  /**
   * {@code row} with the association of each of {@code includes} set to {@code value.apply(i)},
   * its index: one array of components and one record however many includes there are, where a
   * copy per include would build the record once per include.
   */
  static <T> T withIncludes(TableMeta<T> table, T row, List<? extends Include<?, ?>> includes,
      IntFunction<Object> value) {
    if (includes.isEmpty()) {
      return row;
    }
    Object[] components = table.components(row);
    for (int i = 0; i < includes.size(); i++) {
      components[includes.get(i).association().component()] = value.apply(i);
    }
    return table.construct(components);
  }
}
