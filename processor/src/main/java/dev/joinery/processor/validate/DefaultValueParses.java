package dev.joinery.processor.validate;

import dev.joinery.processor.model.ColumnModel;
import dev.joinery.processor.model.TableModel;
import java.math.BigInteger;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.type.DeclaredType;

/**
 * {@code @Column(defaultValue)} is a literal of the column's type: a whole number in range for
 * integers, a number for floating point, {@code true}/{@code false}, a decimal that fits the
 * DECIMAL's precision and scale, one of an enum's constants, a UUID, a string no longer than its
 * VARCHAR. The DDL carries the default as written (numbers and booleans unquoted), so a wrong one
 * would otherwise fail only when a database runs the DDL, or worse, be accepted and turn into
 * another value ('1' in a CHAR(36) UUID column). {@code byte[]} columns take no default.
 *
 * <p>Numbers and booleans may have surrounding spaces, as the dialects trim them; strings,
 * constants and UUIDs are compared as written, since they are stored as written. Date and time
 * defaults are left to the database, whose literal syntaxes differ.
 */
final class DefaultValueParses extends ColumnRule {
  private static final Pattern WHOLE = Pattern.compile("[-+]?\\d+");
  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
  private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+)(?:\\.(\\d+))?");
  private static final Pattern UUID = Pattern.compile(
      "\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

  @Override
  void check(TableModel table, ColumnModel column, ValidationReport report) {
    String value = column.defaultValue();
    if (value == null) {
      return;
    }
    String fix = problem(column, value);
    if (fix != null) {
      report.error(Message.DEFAULT_VALUE_TYPE, Where.member(column.source(), "defaultValue"),
          table, value, table.recordName(), column.property(), TypeText.article(column.type()),
          fix);
    }
  }

  /** What to write instead, or {@code null} when the value is a literal of the column's type. */
  private static String problem(ColumnModel column, String value) {
    String trimmed = value.trim();
    return switch (column.valueType()) {
      case BYTE -> whole(column, trimmed, Byte.MIN_VALUE, Byte.MAX_VALUE);
      case SHORT -> whole(column, trimmed, Short.MIN_VALUE, Short.MAX_VALUE);
      case INT -> whole(column, trimmed, Integer.MIN_VALUE, Integer.MAX_VALUE);
      case LONG -> whole(column, trimmed, Long.MIN_VALUE, Long.MAX_VALUE);
      case FLOAT, DOUBLE -> NUMBER.matcher(trimmed).matches() ? null
          : "write a number such as 0, 2.5 or 1e-3";
      case BOOLEAN -> trimmed.equalsIgnoreCase("true") || trimmed.equalsIgnoreCase("false")
          ? null : "write true or false";
      case BIG_DECIMAL -> decimal(column, trimmed);
      case ENUM -> {
        List<String> constants = constants(column);
        yield constants.contains(value) ? null : "write one of the constants of "
            + TypeText.simple(column.type()) + ": " + String.join(", ", constants);
      }
      case UUID -> UUID.matcher(value).matches() ? null
          : "write a UUID such as 123e4567-e89b-12d3-a456-426614174000";
      case STRING -> column.text() || value.codePointCount(0, value.length()) <= column.length()
          ? null : "write at most " + column.length() + " characters, the length of its VARCHAR("
              + column.length() + "), or raise @Column(length)";
      case BYTES -> "byte[] columns take no default value: remove defaultValue";
      case INSTANT, LOCAL_DATE_TIME, LOCAL_DATE, LOCAL_TIME -> null;
    };
  }

  private static String whole(ColumnModel column, String value, long min, long max) {
    long lowest = column.unsigned() ? 0 : min;
    if (WHOLE.matcher(value).matches()) {
      BigInteger number = new BigInteger(value.startsWith("+") ? value.substring(1) : value);
      if (number.compareTo(BigInteger.valueOf(lowest)) >= 0
          && number.compareTo(BigInteger.valueOf(max)) <= 0) {
        return null;
      }
    }
    return "write a whole number from " + lowest + " to " + max
        + (column.unsigned() ? " (the column is unsigned)" : "");
  }

  /** A plain decimal whose digits fit DECIMAL(precision, scale). */
  private static String decimal(ColumnModel column, String value) {
    int scale = column.scale();
    int before = column.precision() - scale;
    if (before < 0) {
      return null; // no value fits; ColumnSizes reports the scale
    }
    Matcher decimal = DECIMAL.matcher(value);
    if (decimal.matches()) {
      String integer = decimal.group(1).replaceFirst("^0+", "");
      String fraction = decimal.group(2) == null ? "" : decimal.group(2);
      if (integer.length() <= before && fraction.length() <= scale) {
        return null;
      }
    }
    return "write a decimal number that fits DECIMAL(" + column.precision() + "," + scale
        + "): at most " + before + " digits before the point and " + scale + " after";
  }

  private static List<String> constants(ColumnModel column) {
    Element type = ((DeclaredType) column.type()).asElement();
    return type.getEnclosedElements().stream()
        .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
        .map(e -> e.getSimpleName().toString())
        .toList();
  }
}
