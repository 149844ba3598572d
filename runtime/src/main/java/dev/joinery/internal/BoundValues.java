package dev.joinery.internal;

import dev.joinery.dialect.Dialect;
import dev.joinery.meta.ValueType;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Values set on consecutive placeholders from the position it is applied at: every value of an
 * engine statement ({@link Statements#prepare}), or the two keys of a junction row. Each value is
 * set by its column's {@link ValueType}, so a condition on a UUID or instant column binds exactly
 * as the generated row writer does (through the dialect), and a {@code null} gets a typed
 * {@code setNull}.
 */
final class BoundValues implements Argument, LoggedValues {
  private final List<ValueType> types;
  private final List<Object> values;
  /** Which values belong to {@code @Secret} columns; null when none does (the usual case). */
  private final boolean[] secret;
  private final Dialect dialect;

  BoundValues(List<ValueType> types, List<Object> values, Dialect dialect) {
    this(types, values, null, dialect);
  }

  BoundValues(List<ValueType> types, List<Object> values, boolean[] secret, Dialect dialect) {
    this.types = types;
    this.values = values;
    this.secret = secret;
    this.dialect = dialect;
  }

  /** Two values, for the two placeholders of a junction row. */
  static BoundValues pair(Dialect dialect, ValueType firstType, Object first,
      ValueType secondType, Object second) {
    return new BoundValues(List.of(firstType, secondType), java.util.Arrays.asList(first, second),
        dialect);
  }

  @Override
  public void apply(int position, PreparedStatement statement, StatementContext ctx)
      throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      set(statement, position + i, types.get(i), values.get(i), dialect);
    }
  }

  @Override
  public void appendTo(StringBuilder out) {
    LoggedValues.appendList(out, values, secret);
  }

  /**
   * The values, secret ones masked, abbreviated past ten: Jdbi shows bound arguments in its
   * exception messages.
   */
  @Override
  public String toString() {
    int size = values.size();
    int shown = Math.min(size, SHOWN);
    StringBuilder text = new StringBuilder("[");
    for (int i = 0; i < shown; i++) {
      text.append(i == 0 ? "" : ", ").append(secret != null && secret[i] ? MASK : values.get(i));
    }
    if (size > shown) {
      text.append(", … (").append(size).append(" values)");
    }
    return text.append(']').toString();
  }

  static void set(PreparedStatement statement, int position, ValueType type, Object value,
      Dialect dialect) throws SQLException {
    switch (type) {
      case UUID -> dialect.bindUuid(statement, position, (UUID) value);
      case INSTANT -> dialect.bindInstant(statement, position, (Instant) value);
      default -> {
        if (value == null) {
          statement.setNull(position, sqlType(type));
        } else if (value instanceof Long l) {
          // Typed setters skip the drivers' setObject dispatch: keys are bound by the thousand.
          statement.setLong(position, l);
        } else if (value instanceof Integer i) {
          statement.setInt(position, i);
        } else if (value instanceof String string) {
          statement.setString(position, string);
        } else if (value instanceof Enum<?> e) {
          statement.setString(position, e.name());
        } else if (value instanceof BigDecimal d) {
          statement.setBigDecimal(position, d);
        } else if (value instanceof byte[] bytes) {
          statement.setBytes(position, bytes);
        } else {
          statement.setObject(position, value);
        }
      }
    }
  }

  private static int sqlType(ValueType type) {
    return switch (type) {
      case STRING, ENUM -> Types.VARCHAR;
      case BOOLEAN -> Types.BOOLEAN;
      case BYTE -> Types.TINYINT;
      case SHORT -> Types.SMALLINT;
      case INT -> Types.INTEGER;
      case LONG -> Types.BIGINT;
      case FLOAT -> Types.REAL;
      case DOUBLE -> Types.DOUBLE;
      case BIG_DECIMAL -> Types.DECIMAL;
      case LOCAL_DATE_TIME -> Types.TIMESTAMP;
      case LOCAL_DATE -> Types.DATE;
      case LOCAL_TIME -> Types.TIME;
      case BYTES -> Types.VARBINARY;
      case INSTANT -> Types.TIMESTAMP_WITH_TIMEZONE;
      case UUID -> Types.OTHER;
    };
  }
}
