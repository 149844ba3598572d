package dev.joinery.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The key of a column or an association in the map view ({@code findAllAsMaps}) and in JSON
 * (joinery-jackson), in place of the component name: Sequelize's {@code as} of an association
 * ({@code @HasOne @JsonName("Task") Task task} shows {@code "Task": {...}} as
 * {@code User.hasOne(Task)} does) and its attribute names for columns. The component, its column
 * and the generated constants keep their names; JSON bodies are read under the same key.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface JsonName {
  /** The key; not empty, and distinct from the other keys of the record. */
  String value();
}
