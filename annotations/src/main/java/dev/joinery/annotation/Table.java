package dev.joinery.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record as a table. The processor generates {@code <Record>Table} (metadata, row mapper,
 * DDL) and {@code <Record>Dao} (CRUD, includes, association mixins) beside it.
 *
 * <p>The table name defaults to the plural snake_case of the record name, as Sequelize does:
 * {@code Customer} becomes {@code customers}, {@code UserProfile} becomes {@code user_profiles}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Table {
  /** The table name; empty means the plural snake_case of the record name. */
  String value() default "";
}
