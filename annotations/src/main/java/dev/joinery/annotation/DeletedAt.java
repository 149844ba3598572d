package dev.joinery.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes the table paranoid (Sequelize's {@code paranoid: true} with its {@code deletedAt}):
 * {@code destroy} sets this column to the current time instead of deleting the row, and every
 * find, include, count and association mixin leaves rows with a time here out, unless the query
 * asks for them ({@code Query.withDeleted()}, {@code Include.withDeleted()}). {@code restore}
 * clears it; {@code forceDestroy} deletes for real. On a nullable {@code Instant} or
 * {@code LocalDateTime} component; rename the column with {@code @Column(name = "deleted_at")}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface DeletedAt {}
