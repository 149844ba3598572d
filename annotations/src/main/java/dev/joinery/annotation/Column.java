package dev.joinery.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Column facts for a component. Every non-association component of a {@link Table} record is a
 * column whether or not it carries this annotation; the column name defaults to the snake_case
 * of the component name ({@code firstName} becomes {@code first_name}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface Column {
  /** The column name (Sequelize's {@code field}); empty means snake_case of the component. */
  String name() default "";

  /**
   * Maximum length in characters: of a {@code VARCHAR} (1 to 16383; 0 means 255), or of a
   * {@link #text()} column (0 means what MySQL's {@code TEXT} holds: 65,535 bytes of UTF-8).
   * A text length picks the MySQL type that holds it ({@code TEXT}, {@code MEDIUMTEXT} or
   * {@code LONGTEXT}, counting 4 bytes a character); PostgreSQL and H2 use their one text type.
   * Either limit is checked before any SQL, on every database alike.
   */
  int length() default 0;

  /**
   * Store a {@code String} as text ({@code TEXT} on MySQL/MariaDB and PostgreSQL,
   * {@code CHARACTER VARYING} on H2) instead of {@code VARCHAR}; see {@link #length()} for its size.
   */
  boolean text() default false;

  /** Unsigned integer ({@code INT UNSIGNED} on MySQL, a wider type with a CHECK elsewhere). */
  boolean unsigned() default false;

  /**
   * A {@link #precision()} of a timestamp or time column that states no digits, so that each
   * database gives the type its own, as Sequelize's {@code DataTypes.DATE} does: {@code DATETIME}
   * (whole seconds) on MySQL/MariaDB, {@code TIMESTAMP WITH TIME ZONE} (microseconds) on
   * PostgreSQL, the plain type on H2 (microseconds, whole seconds for a {@code TIME}). The
   * default of such columns in the Sequelize naming mode.
   */
  int DATABASE_PRECISION = -1;

  /**
   * Precision of a {@code BigDecimal} column (0 means 19); or the fractional digits of seconds an
   * {@code Instant}, {@code LocalDateTime} or {@code LocalTime} column stores: 0 (whole seconds)
   * to 6 (microseconds, the default when not written in the snake_case naming mode), or
   * {@link #DATABASE_PRECISION} for what the database gives the type without digits (the default
   * in the Sequelize naming mode). Values are truncated to the digits the column holds on the
   * database in use before they are written, so what {@code create} and {@code update} return is
   * what the database holds.
   */
  int precision() default 0;

  /** Scale of a {@code BigDecimal} column; -1 means 2. */
  int scale() default -1;

  /**
   * Whether the column accepts {@code NULL}. Primitives and {@link NotNull} components are never
   * nullable, whatever this says.
   */
  boolean nullable() default true;

  /** A single-column unique constraint. */
  boolean unique() default false;

  /**
   * A SQL default, written into the DDL as a literal of the column's type (for example
   * {@code "0"}, {@code "draft"}, {@code "true"}). Empty means no default.
   */
  String defaultValue() default "";

  /**
   * The column's collation, for a {@code String}, enum or (on MySQL/MariaDB, where it is
   * {@code CHAR(36)}) {@code UUID} column: {@code "utf8mb4_bin"} on MySQL/MariaDB (written with
   * its character set, {@code CHARACTER SET utf8mb4 COLLATE utf8mb4_bin}), a collation name such
   * as {@code "C"} on PostgreSQL; H2 ignores it. Empty means the table's (on MySQL/MariaDB
   * Joinery's tables are {@code utf8mb4_bin}). A foreign-key column needs none: it takes the
   * collation of the column it references, also of a table Joinery did not create.
   */
  String collation() default "";
}
