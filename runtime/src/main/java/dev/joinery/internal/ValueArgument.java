package dev.joinery.internal;

import dev.joinery.dialect.Dialect;
import dev.joinery.meta.ValueType;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.UUID;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * One value bound by its column's {@link ValueType}, so that a condition on a UUID or instant
 * column binds exactly as the generated row writer does (through the dialect), and a
 * {@code null} gets a typed {@code setNull}.
 */
record ValueArgument(ValueType type, Object value, Dialect dialect) implements Argument {

  @Override
  public void apply(int position, PreparedStatement statement, StatementContext ctx)
      throws SQLException {
    set(statement, position, type, value, dialect);
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

  /** Just the value: Jdbi shows arguments in its exception messages. */
  @Override
  public String toString() {
    return String.valueOf(value);
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
