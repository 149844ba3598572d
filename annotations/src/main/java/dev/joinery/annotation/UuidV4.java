package dev.joinery.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A random (version 4) UUID is generated on create when this component is {@code null}, as
 * Sequelize's {@code defaultValue: DataTypes.UUIDV4}. Only on {@code java.util.UUID} components.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface UuidV4 {}
