package dev.joinery.internal;

import dev.joinery.meta.TableColumn;
import dev.joinery.meta.TableMeta;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The values the runtime fills in before writing, as Sequelize does: a random UUID for a
 * {@code @UuidV4} column left null, {@code @CreatedAt} when null on insert, {@code @UpdatedAt}
 * on every insert and update. One operation uses one instant for all its rows, truncated to
 * microseconds because that is what the three databases store, so the returned record equals
 * the row read back.
 */
final class RowDefaults {
  private final Instant now;

  RowDefaults(Instant now) {
    this.now = now.truncatedTo(ChronoUnit.MICROS);
  }

  static RowDefaults now() {
    return new RowDefaults(Instant.now());
  }

  <T> T forInsert(TableMeta<T> table, T row) {
    T result = row;
    for (TableColumn<T, ?> column : table.columns()) {
      Object value = null;
      if (column.isUuidV4() && column.get(row) == null) {
        value = UUID.randomUUID();
      } else if (column.isVersion()) {
        value = Versions.initial(column);
      } else if (column.isUpdatedAt() || (column.isCreatedAt() && column.get(row) == null)) {
        value = timestamp(column);
      }
      if (value != null) {
        result = Copies.with(result, column, value);
      }
    }
    return result;
  }

  <T> T forUpdate(TableMeta<T> table, T row) {
    T result = row;
    for (TableColumn<T, ?> column : table.columns()) {
      if (column.isUpdatedAt()) {
        result = Copies.with(result, column, timestamp(column));
      }
    }
    return result;
  }

  /** The current time as a value of the timestamp column's type. */
  Object timestamp(TableColumn<?, ?> column) {
    return switch (column.type()) {
      case INSTANT -> now;
      case LOCAL_DATE_TIME -> LocalDateTime.ofInstant(now, ZoneOffset.systemDefault());
      case LOCAL_DATE -> LocalDate.ofInstant(now, ZoneOffset.systemDefault());
      case LONG -> now.toEpochMilli();
      default -> throw new IllegalStateException(
          "Unsupported timestamp type " + column.type() + " of " + column);
    };
  }
}
