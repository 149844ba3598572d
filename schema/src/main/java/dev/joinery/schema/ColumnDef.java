package dev.joinery.schema;

import dev.joinery.annotation.Column;
import dev.joinery.meta.ValueType;

/**
 * One column as the DDL needs it. Built by generated code (and by the processor, to write the DDL
 * resources), rendered by a {@link dev.joinery.dialect.Dialect}.
 *
 * @param name column name, unquoted
 * @param type the Java-side type; the dialect picks the SQL type
 * @param length VARCHAR length (strings and enums); for a text column the maximum length in
 *     characters, 0 for {@link #TEXT_BYTES} bytes; 0 otherwise
 * @param text {@code TEXT} instead of {@code VARCHAR}
 * @param unsigned unsigned integer
 * @param precision DECIMAL precision; the fractional digits of seconds (0 to 6) a timestamp or
 *     time holds, {@link #DEFAULT_FRACTIONAL_DIGITS} unless given, or
 *     {@link #DATABASE_FRACTIONAL_DIGITS} for the database's own
 *     ({@link dev.joinery.dialect.Dialect#fractionalDigits}); 0 otherwise
 * @param scale DECIMAL scale, 0 otherwise
 * @param nullable whether NULL is allowed
 * @param autoIncrement database-generated key
 * @param defaultValue SQL default as written by the user (rendered as a literal of the type), or
 *     {@code null}
 * @param collation the column's collation ({@code utf8mb4_bin}, {@code C}), or {@code null} for
 *     the table's; a foreign-key column takes the one of the column it references. Rendered where
 *     the dialect and the type have one (MySQL/MariaDB: with its character set, the collation
 *     name's first word; PostgreSQL: text types); H2 ignores it.
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
    String defaultValue,
    String collation) {

  /**
   * What a text column of no length holds on every database: {@value} bytes of UTF-8, MySQL's and
   * MariaDB's {@code TEXT}. The same limit is checked on PostgreSQL and H2 (whose text types hold
   * more), so a value accepted on one database is accepted on all.
   */
  public static final int TEXT_BYTES = 65_535;

  /**
   * Microseconds: what all three databases can store, and so the fractional digits of a
   * timestamp or time column unless the model says otherwise.
   */
  public static final int DEFAULT_FRACTIONAL_DIGITS = 6;

  /**
   * The precision of a timestamp or time column whose type states no digits, so that each
   * database gives it its own ({@code DATETIME}: whole seconds on MySQL/MariaDB;
   * {@code TIMESTAMP WITH TIME ZONE}: microseconds on PostgreSQL), as Sequelize's columns are.
   * {@link dev.joinery.dialect.Dialect#fractionalDigits} says what the column then holds. The
   * value of {@code @Column(precision = Column.DATABASE_PRECISION)}.
   */
  public static final int DATABASE_FRACTIONAL_DIGITS = Column.DATABASE_PRECISION;

  /** Whether this is a text column whose capacity is {@link #TEXT_BYTES} bytes, not characters. */
  public boolean textOfDefaultSize() {
    return text && length == 0;
  }

  /** A nullable column with no length, precision or default; refine with the {@code with} methods. */
  public static ColumnDef of(String name, ValueType type) {
    int length = type == ValueType.STRING || type == ValueType.ENUM ? 255 : 0;
    int precision = FractionalSeconds.applies(type) ? DEFAULT_FRACTIONAL_DIGITS : 0;
    return new ColumnDef(name, type, length, false, false, precision, 0, true, false, null, null);
  }

  public ColumnDef withLength(int length) {
    return new ColumnDef(name, type, length, text, unsigned, precision, scale, nullable, autoIncrement, defaultValue, collation);
  }

  /** A text column; {@link #withLength} afterwards gives its maximum length in characters. */
  public ColumnDef asText() {
    return new ColumnDef(name, type, 0, true, unsigned, precision, scale, nullable, autoIncrement, defaultValue, collation);
  }

  public ColumnDef asUnsigned() {
    return new ColumnDef(name, type, length, text, true, precision, scale, nullable, autoIncrement, defaultValue, collation);
  }

  public ColumnDef withPrecision(int precision, int scale) {
    return new ColumnDef(name, type, length, text, unsigned, precision, scale, nullable, autoIncrement, defaultValue, collation);
  }

  public ColumnDef notNull() {
    return new ColumnDef(name, type, length, text, unsigned, precision, scale, false, autoIncrement, defaultValue, collation);
  }

  public ColumnDef asAutoIncrement() {
    return new ColumnDef(name, type, length, text, unsigned, precision, scale, false, true, defaultValue, collation);
  }

  public ColumnDef withDefault(String defaultValue) {
    return new ColumnDef(name, type, length, text, unsigned, precision, scale, nullable, autoIncrement, defaultValue, collation);
  }

  /** The column with collation {@code collation} ({@code null}: the table's). */
  public ColumnDef withCollation(String collation) {
    return new ColumnDef(name, type, length, text, unsigned, precision, scale, nullable, autoIncrement, defaultValue, collation);
  }

  /**
   * The character set a MySQL/MariaDB collation belongs to: its name up to the first underscore
   * ({@code utf8mb4_bin} is a collation of {@code utf8mb4}); {@code null} without a collation.
   */
  public String characterSet() {
    if (collation == null) return null;
    int underscore = collation.indexOf('_');
    return underscore < 0 ? collation : collation.substring(0, underscore);
  }
}
