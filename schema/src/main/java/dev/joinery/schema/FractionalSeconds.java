package dev.joinery.schema;

import dev.joinery.meta.ValueType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.Temporal;

/**
 * Cuts a timestamp or time to the fractional digits a column stores, before it is written, so that
 * the record {@code create} and {@code update} return equals the row read back: left to the
 * database, MySQL and MariaDB truncate the extra digits while PostgreSQL and H2 round them.
 * Sequelize's MariaDB {@code DATETIME} stores whole seconds; Joinery's own columns store
 * microseconds unless {@code @Column(precision)} says otherwise, or what the database gives a type
 * without digits ({@link dev.joinery.dialect.Dialect#fractionalDigits}).
 *
 * <p>Keyed by the number of digits only, so a precision read from a live catalog works as well as
 * the model's.
 */
public final class FractionalSeconds {
  /** Nanoseconds per unit of the last digit kept, by the number of digits kept (0 to 8). */
  private static final int[] DIVISORS = {
      1_000_000_000, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10};

  private FractionalSeconds() {}

  /** Whether a column of this type has fractional seconds: instants, date-times and times. */
  public static boolean applies(ValueType type) {
    return type == ValueType.INSTANT || type == ValueType.LOCAL_DATE_TIME
        || type == ValueType.LOCAL_TIME;
  }

  /**
   * {@code value} with at most {@code digits} fractional digits of seconds (0 to 9; truncated
   * towards the past, as MySQL and MariaDB do); the same instance when it has no more, and any
   * other value (null included) unchanged.
   */
  @SuppressWarnings("unchecked")
  public static <V> V truncate(V value, int digits) {
    if (digits < 0 || digits >= DIVISORS.length || !(value instanceof Temporal)) {
      return value;
    }
    int divisor = DIVISORS[digits];
    if (value instanceof Instant instant) {
      int nanos = instant.getNano();
      return nanos % divisor == 0 ? value : (V) instant.minusNanos(nanos % divisor);
    }
    if (value instanceof LocalDateTime dateTime) {
      int nanos = dateTime.getNano();
      return nanos % divisor == 0 ? value : (V) dateTime.withNano(nanos - nanos % divisor);
    }
    if (value instanceof LocalTime time) {
      int nanos = time.getNano();
      return nanos % divisor == 0 ? value : (V) time.withNano(nanos - nanos % divisor);
    }
    return value;
  }
}
