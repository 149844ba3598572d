package dev.joinery.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Many-to-many through a junction table (Sequelize's {@code belongsToMany}). On a
 * {@code List<T>} component. Write exactly one of:
 *
 * <ul>
 *   <li>{@link #through()}, a table name: Joinery generates the junction, with a composite
 *       primary key of its two key columns and a foreign key to each side, {@code CASCADE} both
 *       ways;
 *   <li>{@link #throughRecord()}, a {@code @Table} record (Sequelize's {@code through: Model}):
 *       its table is the junction, and its other columns are the payload of each link (a role, a
 *       billing order, timestamps). It keeps its own {@code @Id} and declares a
 *       {@code @BelongsTo} to each side, whose foreign keys are the junction's key columns;
 *       Joinery adds a unique index on the pair. Declare the component as
 *       {@code List<Linked<T, L>>} ({@code dev.joinery.Linked}) to read each target with its link
 *       row, or as {@code List<T>} to read the targets only.
 * </ul>
 *
 * <pre>{@code @BelongsToMany(through = "tutorial_tags") List<Tag> tags
 * @BelongsToMany(throughRecord = Casting.class) List<Linked<Actor, Casting>> cast}</pre>
 *
 * <p>Both sides may declare the association; they must then name the same junction with
 * mirrored keys.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface BelongsToMany {
  /**
   * The junction table name, for a junction Joinery generates. This or {@link #throughRecord()}
   * is required, as in Sequelize.
   */
  String through() default "";

  /**
   * The {@code @Table} record whose table is the junction and whose other columns are each
   * link's payload; {@code void.class} (the default) when {@link #through()} names a generated
   * junction instead.
   */
  Class<?> throughRecord() default void.class;

  /**
   * The key pointing at this record. With {@link #through()}: the junction column, empty meaning
   * {@code <source_record>_id}. With {@link #throughRecord()}: the through record's component
   * holding it (the foreign key of its {@code @BelongsTo} to this record), needed only when it
   * has several to this record.
   */
  String foreignKey() default "";

  /**
   * The key pointing at the target, as {@link #foreignKey()}: a junction column (empty meaning
   * {@code <target_record>_id}), or the through record's component.
   */
  String otherKey() default "";
}
