package dev.joinery.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Optimistic locking (Sequelize's {@code version: true}): the row's version counter. Create
 * stores 0; every {@code update(row)} and {@code destroy(row)} runs only if the stored version is
 * still the one the record carries ({@code WHERE … AND version = ?}) and moves it on by one, so a
 * write based on a stale read throws {@code StaleRowException} and changes nothing. One per
 * record, on an {@code int}, {@code long}, {@code Integer} or {@code Long} component; the column
 * is NOT NULL DEFAULT 0.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface Version {}
