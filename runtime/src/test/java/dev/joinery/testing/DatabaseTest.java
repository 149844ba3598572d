package dev.joinery.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated method once per database, each time with a fresh, uniquely named database
 * that is dropped afterwards:
 *
 * <pre>{@code
 * @DatabaseTest
 * void createsTables(TestDatabase db) {
 *   db.jdbi().useHandle(h -> ...);
 *   assertThat(db.counter().count()).isEqualTo(1);
 * }
 * }</pre>
 *
 * <p>H2 always runs. When MariaDB or PostgreSQL cannot be reached the invocation is skipped, with
 * one loud message per run; with the environment variable {@code CI=true} it fails instead.
 * {@code @BeforeEach} methods may take the {@link TestDatabase} too.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(DatabaseExtension.class)
public @interface DatabaseTest {
  /** The databases to run on; all three by default. */
  Engine[] value() default {Engine.H2, Engine.MARIADB, Engine.POSTGRESQL};
}
