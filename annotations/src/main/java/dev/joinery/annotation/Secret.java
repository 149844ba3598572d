package dev.joinery.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The column holds a value that must not leave the application by accident: a password hash, an
 * API token, a salary. It is stored and read like any other column, but Joinery's SQL log prints
 * {@code ***} in place of its bound value, and the {@code joinery-jackson} module never writes it
 * to JSON (it still reads it, so a client can send a new password). The generated column constant
 * says so ({@code TableColumn.isSecret()}), for code of your own that shows rows.
 *
 * <p>Only on a column component that is not the {@code @Id}: a key identifies the row in URLs,
 * includes and logs, and an association holds no value of its own (mark the target's columns).
 *
 * <pre>{@code
 * @Table("authors")
 * public record Author(@Id @AutoIncrement Integer userId, String username,
 *     @Secret @NotNull String password) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface Secret {}
