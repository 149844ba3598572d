package dev.joinery.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.joinery.processor.validate.Carets.assertColumn;
import static dev.joinery.processor.validate.Sources.assertError;
import static dev.joinery.processor.validate.Sources.assertOnlyError;
import static dev.joinery.processor.validate.Sources.compile;
import static dev.joinery.processor.validate.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @DeletedAt}: one a record, on a nullable Instant or LocalDateTime. */
class ParanoidRulesTest {
  @Test
  void acceptsInstantAndLocalDateTime() {
    JavaFileObject post = source("Post",
        "@Table",
        "public record Post(",
        "    @Id @AutoIncrement Long id,",
        "    @DeletedAt Instant deletedAt) {}");
    JavaFileObject note = source("Note",
        "@Table",
        "public record Note(",
        "    @Id @AutoIncrement Long id,",
        "    @DeletedAt @Column(name = \"removed\") LocalDateTime removedAt) {}");
    assertThat(compile(post, note)).succeededWithoutWarnings();
  }

  @Test
  void twoDeletedAt() {
    JavaFileObject post = source("Post",
        "@Table",
        "public record Post(",
        "    @Id @AutoIncrement Long id,",
        "    @DeletedAt Instant deletedAt,",
        "    @DeletedAt Instant removedAt) {}");
    String message = "[joinery:duplicate-timestamp] @DeletedAt on Post.removedAt is a second"
        + " @DeletedAt (Post has @DeletedAt on deletedAt, removedAt), and both columns would always"
        + " hold the same time; keep @DeletedAt on deletedAt only and remove it from removedAt";
    Compilation compilation = compile(post);
    assertOnlyError(compilation, message, post, "@DeletedAt Instant removedAt)");
    assertColumn(compilation, message, 5);
  }

  @Test
  void deletedAtOnAnotherType() {
    JavaFileObject post = source("Post",
        "@Table",
        "public record Post(",
        "    @Id @AutoIncrement Long id,",
        "    @DeletedAt Boolean deleted) {}");
    String message = "[joinery:timestamp-type] @DeletedAt on Post.deleted needs an Instant or"
        + " LocalDateTime component, but it is a Boolean; write `Instant deleted`";
    Compilation compilation = compile(post);
    assertOnlyError(compilation, message, post, "@DeletedAt Boolean deleted)");
    assertColumn(compilation, message, 5);
  }

  @Test
  void deletedAtThatIsNotNull() {
    JavaFileObject post = source("Post",
        "@Table",
        "public record Post(",
        "    @Id @AutoIncrement Long id,",
        "    @CreatedAt Instant createdAt,",
        "    @NotNull @DeletedAt Instant deletedAt,",
        "    @DeletedAt @Column(nullable = false) Instant gone) {}");
    Compilation compilation = compile(post);
    String notNull = "[joinery:deleted-at-not-null] @DeletedAt on Post.deletedAt marks"
        + " soft-deleted rows and must be NULL on every live row, but @NotNull makes it NOT NULL;"
        + " remove @NotNull from Post.deletedAt";
    assertError(compilation, 3, notNull, post, "@DeletedAt Instant deletedAt,");
    assertColumn(compilation, notNull, 14);
    assertError(compilation, 3, "[joinery:deleted-at-not-null] @DeletedAt on Post.gone marks"
            + " soft-deleted rows and must be NULL on every live row, but @Column(nullable ="
            + " false) makes it NOT NULL; remove nullable = false from Post.gone",
        post, "@DeletedAt @Column(nullable = false) Instant gone");
  }
}
