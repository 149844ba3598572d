package dev.joinery.processor.render;

import dev.joinery.meta.ValueType;
import dev.joinery.processor.model.ColumnModel;

/**
 * The {@code RowInput} getter and {@code RowOutput} setter of a column: typed per value type, and
 * for primitives the unboxed variant, so generated mappers neither box nor look anything up.
 */
final class RowCalls {
  private RowCalls() {}

  static String getter(ColumnModel column) {
    return "get" + suffix(column);
  }

  static String setter(ColumnModel column) {
    return "set" + suffix(column);
  }

  private static String suffix(ColumnModel column) {
    ValueType type = column.valueType();
    String boxed = column.primitive() ? "" : "Boxed";
    return switch (type) {
      case STRING -> "String";
      case BOOLEAN -> boxed + "Boolean";
      case BYTE -> boxed + "Byte";
      case SHORT -> boxed + "Short";
      case INT -> boxed + "Int";
      case LONG -> boxed + "Long";
      case FLOAT -> boxed + "Float";
      case DOUBLE -> boxed + "Double";
      case BIG_DECIMAL -> "BigDecimal";
      case INSTANT -> "Instant";
      case LOCAL_DATE_TIME -> "LocalDateTime";
      case LOCAL_DATE -> "LocalDate";
      case LOCAL_TIME -> "LocalTime";
      case UUID -> "Uuid";
      case ENUM -> "Enum";
      case BYTES -> "Bytes";
    };
  }
}
