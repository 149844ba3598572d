package dev.joinery.sample.api.request;

import com.fasterxml.jackson.databind.JsonNode;
import dev.joinery.meta.ValueType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Converts request values (JSON body values, query-string and path text) to the Java type of a
 * column, chosen by its {@link ValueType}. The result is exactly the boxed type the generated
 * {@code construct} casts to ({@code INT} gives an {@code Integer}, never a {@code Long}).
 *
 * <p>JSON is read strictly: a number where text is expected, or {@code 1.5} for an integer, is a
 * type error rather than a silent conversion, so the client learns about its mistake.
 */
public final class Values {
  private static final Pattern UUID_TEXT = Pattern.compile(
      "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

  private Values() {}

  /** Thrown when a value does not fit its column type; the message says what was expected. */
  public static final class WrongType extends Exception {
    WrongType(ValueType type) {
      super("must be " + expected(type));
    }

    private WrongType(String message) {
      super(message);
    }
  }

  /** A JSON value (not JSON null) as a value of {@code type}. */
  public static Object fromJson(ValueType type, JsonNode node) throws WrongType {
    switch (type) {
      case STRING -> {
        if (node.isTextual()) return text(node.textValue());
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
        if (node.isTextual()) return fromText(type, node.textValue());
      }
      case INSTANT, LOCAL_DATE_TIME, LOCAL_DATE, LOCAL_TIME, UUID, BYTES -> {
        if (node.isTextual()) return fromText(type, node.textValue());
      }
      // The metadata does not carry the enum class, so a generic reader cannot build one.
      case ENUM -> { }
    }
    throw new WrongType(type);
  }

  /** Query-string or path text as a value of {@code type}. */
  public static Object fromText(ValueType type, String text) throws WrongType {
    try {
      return switch (type) {
        case STRING -> text(text);
        case BOOLEAN -> switch (text) {
          case "true" -> true;
          case "false" -> false;
          default -> throw new WrongType(type);
        };
        case BYTE, SHORT, INT, LONG -> integral(type, Long.parseLong(text));
        case FLOAT -> Float.parseFloat(text);
        case DOUBLE -> Double.parseDouble(text);
        case BIG_DECIMAL -> new BigDecimal(text);
        case INSTANT -> Instant.parse(text);
        case LOCAL_DATE_TIME -> LocalDateTime.parse(text);
        case LOCAL_DATE -> LocalDate.parse(text);
        case LOCAL_TIME -> LocalTime.parse(text);
        // UUID.fromString accepts "1-2-3-4-5"; only the canonical form is a UUID here.
        case UUID -> {
          if (!UUID_TEXT.matcher(text).matches()) throw new WrongType(type);
          yield java.util.UUID.fromString(text);
        }
        case BYTES -> Base64.getDecoder().decode(text);
        // The metadata does not carry the enum class, so a generic reader cannot build one.
        case ENUM -> throw new WrongType(type);
      };
    } catch (IllegalArgumentException | DateTimeParseException e) {
      // NumberFormatException and Base64's refusal are both IllegalArgumentExceptions.
      throw new WrongType(type);
    }
  }

  /**
   * Text as a string value. The NUL character is refused on every database alike: PostgreSQL
   * cannot store it in any text type (it answered a 500 the fuzz run found), the others can.
   */
  public static String text(String text) throws WrongType {
    if (text.indexOf('\u0000') >= 0) {
      throw new WrongType("must not contain the NUL character (\\u0000)");
    }
    return text;
  }

  /** The value a primitive component gets while the row is only built to be validated. */
  public static Object placeholder(ValueType type) {
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
  public static String expected(ValueType type) {
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
      case ENUM -> "one of the enum's names (enums are not supported by this sample)";
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
