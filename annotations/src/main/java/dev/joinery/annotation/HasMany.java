package dev.joinery.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * This record has many rows of the list's element type, whose foreign key points back here
 * (Sequelize's {@code hasMany}). On a {@code List<T>} component.
 *
 * <pre>{@code @HasMany(foreignKey = "tutorialId") List<Comment> comments}</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface HasMany {
  /** Component of the target holding the key; empty means {@code <sourceRecord>Id}. */
  String foreignKey() default "";

  /** Component of this record the key refers to; empty means this record's {@code @Id}. */
  String sourceKey() default "";

  ReferentialAction onDelete() default ReferentialAction.DEFAULT;

  ReferentialAction onUpdate() default ReferentialAction.DEFAULT;

  /** {@code false} creates no foreign-key constraint. */
  boolean constraints() default true;

  /** Name of the foreign-key constraint; empty means derived. */
  String uniqueKey() default "";
}
