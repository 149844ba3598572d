package dev.joinery.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * This record holds a foreign key to one row of the component's type (Sequelize's
 * {@code belongsTo}).
 *
 * <pre>{@code Long customerId,
 * @BelongsTo(foreignKey = "customerId") Customer customer}</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface BelongsTo {
  /** Component of this record holding the key; empty means {@code <component>Id}. */
  String foreignKey() default "";

  /** Component of the target the key refers to; empty means the target's {@code @Id}. */
  String targetKey() default "";

  ReferentialAction onDelete() default ReferentialAction.DEFAULT;

  ReferentialAction onUpdate() default ReferentialAction.DEFAULT;

  /** {@code false} creates no foreign-key constraint. */
  boolean constraints() default true;

  /** Name of the foreign-key constraint; empty means derived. */
  String uniqueKey() default "";
}
