package dev.joinery.internal;

import dev.joinery.dialect.Dialect;
import dev.joinery.meta.ValueType;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Reads one key value outside a generated row reader (a junction column, a generated key) as
 * the same Java type the key's {@code TableColumn.get} returns, so values from both sides of a join
 * meet as equal keys in a hash map.
 */
final class KeyReader {
  private KeyReader() {}

  /**
   * Whether the value at {@code position} is SQL NULL, read with the type's own getter: cheaper
   * than {@code getObject}, which some drivers answer by building an object per call.
   */
  static boolean isNull(ResultSet rs, int position, ValueType type) throws SQLException {
    switch (type) {
      case LONG, INT, SHORT, BYTE -> rs.getLong(position);
      case STRING, ENUM -> {
        return rs.getString(position) == null;
      }
      default -> {
        return rs.getObject(position) == null;
      }
    }
    return rs.wasNull();
  }

  /**
   * Whether the value at {@code position} equals {@code key} (not null): an integral key is
   * compared as read, unboxed, so a row that repeats its parent's key allocates nothing.
   */
  static boolean equalsKey(ResultSet rs, int position, ValueType type, Object key,
      Dialect dialect) throws SQLException {
    switch (type) {
      case LONG -> {
        long v = rs.getLong(position);
        return !rs.wasNull() && key instanceof Long l && l == v;
      }
      case INT -> {
        int v = rs.getInt(position);
        return !rs.wasNull() && key instanceof Integer i && i == v;
      }
      default -> {
        return key.equals(read(rs, position, type, dialect));
      }
    }
  }

  static Object read(ResultSet rs, int position, ValueType type, Dialect dialect)
      throws SQLException {
    return switch (type) {
      case LONG -> {
        long v = rs.getLong(position);
        yield rs.wasNull() ? null : v;
      }
      case INT -> {
        int v = rs.getInt(position);
        yield rs.wasNull() ? null : v;
      }
      case SHORT -> {
        short v = rs.getShort(position);
        yield rs.wasNull() ? null : v;
      }
      case BYTE -> {
        byte v = rs.getByte(position);
        yield rs.wasNull() ? null : v;
      }
      case BOOLEAN -> {
        boolean v = rs.getBoolean(position);
        yield rs.wasNull() ? null : v;
      }
      case FLOAT -> {
        float v = rs.getFloat(position);
        yield rs.wasNull() ? null : v;
      }
      case DOUBLE -> {
        double v = rs.getDouble(position);
        yield rs.wasNull() ? null : v;
      }
      case STRING, ENUM -> rs.getString(position);
      case UUID -> dialect.readUuid(rs, position);
      case INSTANT -> dialect.readInstant(rs, position);
      case BIG_DECIMAL -> {
        BigDecimal v = rs.getBigDecimal(position);
        yield v;
      }
      case LOCAL_DATE_TIME -> rs.getObject(position, LocalDateTime.class);
      case LOCAL_DATE -> rs.getObject(position, LocalDate.class);
      case LOCAL_TIME -> rs.getObject(position, LocalTime.class);
      case BYTES -> rs.getBytes(position);
    };
  }
}
