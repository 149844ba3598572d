package dev.joinery.schema;

import dev.joinery.meta.ValueType;

/**
 * One column as the DDL needs it. Built by generated code (and by the processor, to write the DDL
 * resources), rendered by a {@link dev.joinery.dialect.Dialect}.
 *
 * @param name column name, unquoted
 * @param type the Java-side type; the dialect picks the SQL type
 * @param length VARCHAR length (strings and enums), 0 otherwise
 * @param text {@code TEXT} instead of {@code VARCHAR}
 * @param unsigned unsigned integer
 * @param precision DECIMAL precision, 0 otherwise
 * @param scale DECIMAL scale, 0 otherwise
 * @param nullable whether NULL is allowed
 * @param autoIncrement database-generated key
 * @param defaultValue SQL default as written by the user (rendered as a literal of the type), or
 *     {@code null}
 */
public record ColumnDef(
    String name,
    ValueType type,
    int length,
    boolean text,
    boolean unsigned,
    int precision,
    int scale,
    boolean nullable,
    boolean autoIncrement,
    String defaultValue) {

  /** A nullable column with no length, precision or default; refine with the {@code with} methods. */
  public static ColumnDef of(String name, ValueType type) {
    int length = type == ValueType.STRING || type == ValueType.ENUM ? 255 : 0;
    return new ColumnDef(name, type, length, false, false, 0, 0, true, false, null);
  }

  public ColumnDef withLength(int length) {
    return new ColumnDef(name, type, length, text, unsigned, precision, scale, nullable, autoIncrement, defaultValue);
  }

  public ColumnDef asText() {
    return new ColumnDef(name, type, 0, true, unsigned, precision, scale, nullable, autoIncrement, defaultValue);
  }

  public ColumnDef asUnsigned() {
    return new ColumnDef(name, type, length, text, true, precision, scale, nullable, autoIncrement, defaultValue);
  }

  public ColumnDef withPrecision(int precision, int scale) {
    return new ColumnDef(name, type, length, text, unsigned, precision, scale, nullable, autoIncrement, defaultValue);
  }

  public ColumnDef notNull() {
    return new ColumnDef(name, type, length, text, unsigned, precision, scale, false, autoIncrement, defaultValue);
  }

  public ColumnDef asAutoIncrement() {
    return new ColumnDef(name, type, length, text, unsigned, precision, scale, false, true, defaultValue);
  }

  public ColumnDef withDefault(String defaultValue) {
    return new ColumnDef(name, type, length, text, unsigned, precision, scale, nullable, autoIncrement, defaultValue);
  }
}
