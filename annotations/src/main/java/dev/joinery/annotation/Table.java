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
 * <p>The table name defaults to the plural snake_case of the record name, as Sequelize does with
 * {@code underscored: true}: {@code Customer} becomes {@code customers}, {@code UserProfile}
 * becomes {@code user_profiles}, {@code Person} becomes {@code people} (Sequelize's inflection).
 * In the {@link Naming#SEQUELIZE} mode it is the plural as Sequelize names a model's table, case
 * kept: {@code Users}, {@code UserProfiles}, {@code People}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Table {
  /** The table name; empty means the plural of the record name, as {@link #naming()} says. */
  String value() default "";

  /**
   * How this record's table and columns are named where not written; {@link Naming#DEFAULT} is
   * the compilation's {@code -Ajoinery.naming} option.
   */
  Naming naming() default Naming.DEFAULT;
}
