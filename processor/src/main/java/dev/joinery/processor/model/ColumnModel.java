package dev.joinery.processor.model;

import dev.joinery.meta.ValueType;
import javax.lang.model.type.TypeMirror;

/**
 * One column component with every fact its annotations state.
 *
 * @param source the component element; annotation values point at {@code @Column} members
 * @param property the component name
 * @param columnName the column name, given by {@code @Column(name)} or snake_case of property
 * @param ordinal index among the table's columns
 * @param component index among the record's components
 * @param type declared Java type of the component
 * @param valueType the runtime value type, or {@code null} when the type is not supported
 *     (validation reports it)
 * @param primitive whether the Java type is primitive (so NOT NULL)
 * @param enumType canonical name of the enum type for {@link ValueType#ENUM}, else {@code null}
 * @param length VARCHAR length (255 unless given); a text column's length in characters, 0 when
 *     not given; 0 for non-strings
 * @param precision a DECIMAL's precision (19 unless given); the fractional digits of seconds of a
 *     timestamp or time (unless given, the naming mode's: 6, or
 *     {@link dev.joinery.schema.ColumnDef#DATABASE_FRACTIONAL_DIGITS} for the database's own); 0
 *     otherwise
 * @param minLength {@code @Length(min)}, 0 if none
 * @param maxLength {@code @Length(max)}, {@code Integer.MAX_VALUE} if none
 * @param version whether it is the {@code @Version} counter of optimistic locking
 * @param deletedAt {@code @DeletedAt}: the table is paranoid and this column marks soft deletes
 * @param defaultValue {@code @Column(defaultValue)}, {@code "0"} for an integral {@code @Version}
 *     without one, or {@code null}
 * @param secret {@code @Secret}: masked in SQL logs, never written to JSON
 * @param collation {@code @Column(collation)}, or {@code null} for the table's
 */
public record ColumnModel(
    SourceRef source,
    String property,
    String columnName,
    int ordinal,
    int component,
    TypeMirror type,
    ValueType valueType,
    boolean primitive,
    String enumType,
    boolean id,
    boolean autoIncrement,
    boolean uuidV4,
    boolean createdAt,
    boolean updatedAt,
    boolean version,
    boolean deletedAt,
    boolean notNull,
    boolean nullableDeclared,
    int length,
    boolean text,
    boolean unsigned,
    int precision,
    int scale,
    boolean unique,
    String defaultValue,
    boolean email,
    boolean url,
    int minLength,
    int maxLength,
    boolean secret,
    String collation) {

  /**
   * NOT NULL in the DDL: primary keys, primitives, {@code @NotNull}, nullable = false, the
   * {@code @Version} counter and the {@code @CreatedAt}/{@code @UpdatedAt} timestamps (Sequelize's
   * are {@code allowNull: false} too; Joinery fills them on every write).
   */
  public boolean isNotNullInDatabase() {
    return id || primitive || notNull || !nullableDeclared || version || createdAt || updatedAt;
  }
}
