package dev.joinery.internal;

import dev.joinery.dialect.Dialect;
import dev.joinery.meta.TableColumn;
import dev.joinery.meta.TableMeta;
import dev.joinery.schema.FractionalSeconds;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The values the runtime fills in before writing, as Sequelize does: a random UUID for a
 * {@code @UuidV4} column left null, {@code @CreatedAt} when null on insert, {@code @UpdatedAt}
 * on every insert and update. One operation uses one instant for all its rows. Every timestamp
 * and time written, filled here or given, is cut to the fractional digits its column stores
 * ({@link FractionalSeconds}: microseconds unless {@code @Column(precision)} says otherwise), so
 * the returned record equals the row read back on every database, whether the server would have
 * truncated the rest (MySQL, MariaDB) or rounded it (PostgreSQL, H2). A column that leaves its
 * digits to the database holds what the dialect of the operation's connection says
 * ({@link Dialect#fractionalDigits}), the same for all its rows.
 */
final class RowDefaults {
  private final Instant now;
  private final Dialect dialect;

  RowDefaults(Instant now, Dialect dialect) {
    this.now = now.truncatedTo(ChronoUnit.MICROS);
    this.dialect = dialect;
  }

  /** The defaults of one operation on a database of {@code dialect}, at the current time. */
  static RowDefaults now(Dialect dialect) {
    return new RowDefaults(Instant.now(), dialect);
  }

  <T> T forInsert(TableMeta<T> table, T row) {
    return forInsert(table, row, null, null);
  }

  /**
   * {@link #forInsert(TableMeta, Object)} with {@code filled} (a foreign key the caller fills in,
   * or null) set to {@code filledValue} in the same copy, and left alone by the defaults.
   */
  <T> T forInsert(TableMeta<T> table, T row, TableColumn<T, ?> filled, Object filledValue) {
    Object[] components = filled == null ? null : set(table, row, null, filled, filledValue);
    for (TableColumn<T, ?> column : table.columns()) {
      if (column == filled) {
        continue;
      }
      Object value = null;
      if (column.isUuidV4() && column.get(row) == null) {
        value = UUID.randomUUID();
      } else if (column.isVersion()) {
        value = Versions.initial(column);
      } else if (column.isUpdatedAt() || (column.isCreatedAt() && column.get(row) == null)) {
        value = timestamp(column);
      } else {
        value = truncated(column, row);
      }
      if (value != null) {
        components = set(table, row, components, column, value);
      }
    }
    return components == null ? row : table.construct(components);
  }

  <T> T forUpdate(TableMeta<T> table, T row) {
    Object[] components = null;
    for (TableColumn<T, ?> column : table.columns()) {
      Object value = column.isUpdatedAt() ? timestamp(column) : truncated(column, row);
      if (value != null) {
        components = set(table, row, components, column, value);
      }
    }
    return components == null ? row : table.construct(components);
  }

  /**
   * {@code value} put into the components of the copy being made of {@code row}, taken from the
   * row on the first change: a row gets one copy however many values are filled in.
   */
  private static <T> Object[] set(TableMeta<T> table, T row, Object[] components,
      TableColumn<T, ?> column, Object value) {
    Object[] result = components == null ? table.components(row) : components;
    result[column.component()] = value;
    return result;
  }

  /** The current time as a value of the timestamp column's type, cut to its precision. */
  Object timestamp(TableColumn<?, ?> column) {
    Object value = switch (column.type()) {
      case INSTANT -> now;
      case LOCAL_DATE_TIME -> LocalDateTime.ofInstant(now, ZoneOffset.systemDefault());
      case LOCAL_DATE -> LocalDate.ofInstant(now, ZoneOffset.systemDefault());
      case LONG -> now.toEpochMilli();
      default -> throw new IllegalStateException(
          "Unsupported timestamp type " + column.type() + " of " + column);
    };
    return FractionalSeconds.truncate(value, dialect.fractionalDigits(column.definition()));
  }

  /**
   * {@code value} of {@code column} as the column stores it: a timestamp or time cut to the
   * column's precision (the database would truncate or round the rest, PostgreSQL and H2 up),
   * any other value as given. For values written outside a row, as a bulk update's assignments.
   */
  Object stored(TableColumn<?, ?> column, Object value) {
    if (!FractionalSeconds.applies(column.type())) {
      return value;
    }
    return FractionalSeconds.truncate(value, dialect.fractionalDigits(column.definition()));
  }

  /**
   * The row's value of a timestamp or time column cut to the column's precision, or {@code null}
   * when it needs no cut (so the row is copied only when a value changes).
   */
  private <T> Object truncated(TableColumn<T, ?> column, T row) {
    if (!FractionalSeconds.applies(column.type())) {
      return null;
    }
    Object value = column.get(row);
    Object cut = stored(column, value);
    return cut == value ? null : cut;
  }
}
