package dev.joinery.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Many-to-many through a generated junction table (Sequelize's {@code belongsToMany}). On a
 * {@code List<T>} component. The junction table has a composite primary key of its two key
 * columns and a foreign key to each side, {@code CASCADE} both ways.
 *
 * <pre>{@code @BelongsToMany(through = "tutorial_tags") List<Tag> tags}</pre>
 *
 * <p>Both sides may declare the association; they must then name the same {@code through} table
 * with mirrored keys.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface BelongsToMany {
  /** The junction table name. Required, as in Sequelize. */
  String through();

  /** Junction column pointing at this record; empty means {@code <source_record>_id}. */
  String foreignKey() default "";

  /** Junction column pointing at the target; empty means {@code <target_record>_id}. */
  String otherKey() default "";
}
