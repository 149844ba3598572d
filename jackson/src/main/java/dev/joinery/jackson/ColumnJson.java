package dev.joinery.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.joinery.meta.TableColumn;
import dev.joinery.meta.ValueType;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Column values to and from JSON, chosen by the column's {@link ValueType} rather than by
 * Jackson's type lookup: dates, times and UUIDs as ISO-8601 and canonical text (no
 * {@code jackson-datatype-jsr310} needed), {@code BigDecimal} as a number, bytes as base64,
 * enums by constant name (the generated column lists the constants). Reading is strict:
 * {@code "12"} for an integer or {@code 1.5} for an int is a type error, not a silent
 * conversion, so a client learns about its mistake.
 */
final class ColumnJson {
  private static final Pattern UUID_TEXT = Pattern.compile(
      "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

  private ColumnJson() {}

  /** Thrown when a JSON value does not fit its column; the message says what was expected. */
  static final class WrongType extends Exception {
    private static final long serialVersionUID = 1L;

    WrongType(ValueType type) {
      super("must be " + expected(type));
    }

    WrongType(String expected) {
      super("must be " + expected);
    }
  }

  static void write(JsonGenerator out, ValueType type, Object value) throws IOException {
    if (value == null) {
      out.writeNull();
      return;
    }
    switch (type) {
      case STRING -> out.writeString((String) value);
      case BOOLEAN -> out.writeBoolean((Boolean) value);
      case BYTE, SHORT, INT -> out.writeNumber(((Number) value).intValue());
      case LONG -> out.writeNumber((Long) value);
      case FLOAT -> out.writeNumber((Float) value);
      case DOUBLE -> out.writeNumber((Double) value);
      case BIG_DECIMAL -> out.writeNumber((BigDecimal) value);
      case BYTES -> out.writeBinary((byte[]) value);
      case ENUM -> out.writeString(((Enum<?>) value).name());
      // ISO formats that always write the seconds, as LocalDateTime.toString() does not.
      case LOCAL_DATE_TIME ->
          out.writeString(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format((LocalDateTime) value));
      case LOCAL_TIME -> out.writeString(DateTimeFormatter.ISO_LOCAL_TIME.format((LocalTime) value));
      case INSTANT, LOCAL_DATE, UUID -> out.writeString(value.toString());
    }
  }

  /** A JSON value other than null as a value of {@code column}, boxed as the record takes it. */
  static Object read(TableColumn<?, ?> column, JsonNode node) throws WrongType {
    ValueType type = column.type();
    switch (type) {
      case STRING -> {
        if (node.isTextual()) return node.textValue();
      }
      case BOOLEAN -> {
        if (node.isBoolean()) return node.booleanValue();
      }
      case BYTE, SHORT, INT, LONG -> {
        if (node.isIntegralNumber() && node.canConvertToLong()) {
          return integral(type, node.longValue());
        }
      }
      case FLOAT -> {
        if (node.isNumber()) return node.floatValue();
      }
      case DOUBLE -> {
        if (node.isNumber()) return node.doubleValue();
      }
      case BIG_DECIMAL -> {
        if (node.isNumber()) return node.decimalValue();
      }
      case INSTANT, LOCAL_DATE_TIME, LOCAL_DATE, LOCAL_TIME, UUID, BYTES -> {
        if (node.isTextual()) return fromText(type, node.textValue());
      }
      case ENUM -> {
        return constant(column.enumConstants(), node);
      }
    }
    throw new WrongType(type);
  }

  /** The constant named by {@code node}, exactly as declared, as the database stores it. */
  private static Object constant(List<?> constants, JsonNode node) throws WrongType {
    if (node.isTextual()) {
      for (Object constant : constants) {
        if (((Enum<?>) constant).name().equals(node.textValue())) {
          return constant;
        }
      }
    }
    throw new WrongType("one of " + constants.stream().map(c -> ((Enum<?>) c).name())
        .collect(Collectors.joining(", ")));
  }

  private static Object fromText(ValueType type, String text) throws WrongType {
    try {
      return switch (type) {
        case INSTANT -> Instant.parse(text);
        case LOCAL_DATE_TIME -> LocalDateTime.parse(text);
        case LOCAL_DATE -> LocalDate.parse(text);
        case LOCAL_TIME -> LocalTime.parse(text);
        // UUID.fromString accepts "1-2-3-4-5"; only the canonical form is a UUID here.
        case UUID -> {
          if (!UUID_TEXT.matcher(text).matches()) throw new WrongType(type);
          yield UUID.fromString(text);
        }
        case BYTES -> Base64.getDecoder().decode(text);
        default -> throw new WrongType(type);
      };
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new WrongType(type);
    }
  }

  /** The value a primitive component gets while a row with errors is still built. */
  static Object placeholder(ValueType type) {
    return switch (type) {
      case BOOLEAN -> false;
      case BYTE -> (byte) 0;
      case SHORT -> (short) 0;
      case INT -> 0;
      case LONG -> 0L;
      case FLOAT -> 0f;
      case DOUBLE -> 0d;
      default -> null;
    };
  }

  /** What a value of {@code type} looks like, for error messages. */
  static String expected(ValueType type) {
    return switch (type) {
      case STRING -> "a string";
      case BOOLEAN -> "true or false";
      case BYTE -> "an integer from -128 to 127";
      case SHORT -> "an integer from -32768 to 32767";
      case INT -> "an integer from -2147483648 to 2147483647";
      case LONG -> "an integer";
      case FLOAT, DOUBLE -> "a number";
      case BIG_DECIMAL -> "a decimal number";
      case INSTANT -> "an ISO-8601 instant such as 2024-01-31T10:15:30Z";
      case LOCAL_DATE_TIME -> "a date and time such as 2024-01-31T10:15:30";
      case LOCAL_DATE -> "a date such as 2024-01-31";
      case LOCAL_TIME -> "a time such as 10:15:30";
      case UUID -> "a UUID such as 123e4567-e89b-42d3-a456-426614174000";
      case BYTES -> "base64 text";
      case ENUM -> "the name of a constant";
    };
  }

  private static Object integral(ValueType type, long value) throws WrongType {
    return switch (type) {
      case BYTE -> {
        if (value < Byte.MIN_VALUE || value > Byte.MAX_VALUE) throw new WrongType(type);
        yield (byte) value;
      }
      case SHORT -> {
        if (value < Short.MIN_VALUE || value > Short.MAX_VALUE) throw new WrongType(type);
        yield (short) value;
      }
      case INT -> {
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) throw new WrongType(type);
        yield (int) value;
      }
      default -> value;
    };
  }
}
