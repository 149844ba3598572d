package dev.joinery.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An index over components of the record (Sequelize's {@code indexes}). Seed 001 makes a one-to-one
 * real with {@code @Index(columns = "userId", unique = true)}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Indexes.class)
public @interface Index {
  /** Component names, in index order. */
  String[] columns();

  boolean unique() default false;

  /** The index name; empty means {@code <table>_<col1>_<col2>[_unique]}. */
  String name() default "";
}
