package dev.joinery.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * This record has one row of the component's type, whose foreign key points back here (Sequelize's
 * {@code hasOne}). The alias is the component name (Sequelize's {@code as}).
 *
 * <pre>{@code @HasOne(foreignKey = "customerId") Address address}</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface HasOne {
  /** Component of the target holding the key; empty means {@code <sourceRecord>Id}. */
  String foreignKey() default "";

  /** Component of this record the key refers to; empty means this record's {@code @Id}. */
  String sourceKey() default "";

  ReferentialAction onDelete() default ReferentialAction.DEFAULT;

  ReferentialAction onUpdate() default ReferentialAction.DEFAULT;

  /** {@code false} creates no foreign-key constraint (the column and index remain). */
  boolean constraints() default true;

  /** Makes the index on the foreign key unique, so the database enforces the one-to-one. */
  boolean unique() default false;

  /** Name of the foreign-key constraint (Sequelize's {@code uniqueKey}); empty means derived. */
  String uniqueKey() default "";
}
