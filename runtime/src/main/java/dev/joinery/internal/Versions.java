package dev.joinery.internal;

import dev.joinery.StaleRowException;
import dev.joinery.meta.TableColumn;
import dev.joinery.meta.TableMeta;
import dev.joinery.meta.ValueType;

/**
 * Optimistic locking ({@code @Version}): which column counts a table's versions, the value a new
 * row starts at (0, as in Sequelize) and the one a write moves it to, and the exception of a
 * stale write. The processor allows the counter on int/long components only, so its value is an
 * {@code Integer} or a {@code Long}.
 */
final class Versions {
  private Versions() {}

  /** The {@code @Version} column of {@code table}, or {@code null} when it has none. */
  static <T> TableColumn<T, ?> column(TableMeta<T> table) {
    for (TableColumn<T, ?> column : table.columns()) {
      if (column.isVersion()) {
        return column;
      }
    }
    return null;
  }

  /** 0 in the column's type. */
  static Object initial(TableColumn<?, ?> column) {
    return column.type() == ValueType.LONG ? (Object) 0L : (Object) 0;
  }

  /** The version after {@code current}; a write's {@code SET version = version + 1} in Java. */
  static Object next(TableColumn<?, ?> column, Object current) {
    long next = current == null ? 0 : ((Number) current).longValue() + 1;
    return column.type() == ValueType.LONG ? (Object) next : (Object) Math.toIntExact(next);
  }

  /** Whether the record's version is the stored one (a null never is: it was never read). */
  static boolean same(Object given, Object stored) {
    return given != null && stored != null
        && ((Number) given).longValue() == ((Number) stored).longValue();
  }

  /**
   * {@code operation} ("update", "destroy") of the row of {@code table} with {@code key} found a
   * stored version other than {@code given}; {@code stored} is null when it was not read.
   */
  static StaleRowException stale(TableMeta<?> table, TableColumn<?, ?> column, Object key,
      Object given, Object stored, String operation) {
    TableColumn<?, ?> primaryKey = table.primaryKey();
    String now = stored == null ? "it has changed since" : "it is at " + stored + " now";
    return new StaleRowException("Cannot " + operation + " the " + table.name() + " row with "
        + primaryKey.name() + " = " + key + ": it was changed by someone else since it was read ("
        + column.name() + " " + given + " was read, " + now + "); read it again and reapply the"
        + " change", table.name(), column.name(), key, given, stored);
  }
}
