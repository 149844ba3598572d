package dev.joinery.processor.validate;

import static dev.joinery.processor.validate.Carets.assertColumn;
import static dev.joinery.processor.validate.Sources.assertError;
import static dev.joinery.processor.validate.Sources.assertOnlyError;
import static dev.joinery.processor.validate.Sources.compile;
import static dev.joinery.processor.validate.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One {@code @CreatedAt} and one {@code @UpdatedAt} a record at most. */
class TimestampRulesTest {
  @Test
  void twoCreatedAt() {
    JavaFileObject post = source("Post",
        "@Table",
        "public record Post(",
        "    @Id @AutoIncrement Long id,",
        "    @CreatedAt Instant createdAt,",
        "    @CreatedAt Instant created) {}");
    String message = "[joinery:duplicate-timestamp] @CreatedAt on Post.created is a second"
        + " @CreatedAt (Post has @CreatedAt on createdAt, created), and both columns would always"
        + " hold the same time; keep @CreatedAt on createdAt only and remove it from created";
    Compilation compilation = compile(post);
    assertOnlyError(compilation, message, post, "@CreatedAt Instant created)");
    assertColumn(compilation, message, 5);
  }

  @Test
  void threeUpdatedAtReportEachExtraOne() {
    JavaFileObject post = source("Post",
        "@Table",
        "public record Post(",
        "    @Id @AutoIncrement Long id,",
        "    @UpdatedAt LocalDateTime updatedAt,",
        "    @NotNull @UpdatedAt Instant changed,",
        "    @UpdatedAt Instant touched) {}");
    Compilation compilation = compile(post);
    String changed = "[joinery:duplicate-timestamp] @UpdatedAt on Post.changed is a second"
        + " @UpdatedAt (Post has @UpdatedAt on updatedAt, changed, touched), and both columns"
        + " would always hold the same time; keep @UpdatedAt on updatedAt only and remove it from"
        + " changed";
    assertError(compilation, 2, changed, post, "@UpdatedAt Instant changed");
    assertColumn(compilation, changed, 14);
    assertError(compilation, 2, changed.replace("from changed", "from touched")
            .replace("on Post.changed", "on Post.touched"),
        post, "@UpdatedAt Instant touched");
  }

  @Test
  void eachKindIsCountedOnItsOwn() {
    JavaFileObject post = source("Post",
        "@Table",
        "public record Post(",
        "    @Id @AutoIncrement Long id,",
        "    @CreatedAt @UpdatedAt Instant stamped,",
        "    @UpdatedAt Instant updatedAt) {}");
    Compilation compilation = compile(post);
    assertOnlyError(compilation, "[joinery:duplicate-timestamp] @UpdatedAt on Post.updatedAt is a"
            + " second @UpdatedAt (Post has @UpdatedAt on stamped, updatedAt), and both columns"
            + " would always hold the same time; keep @UpdatedAt on stamped only and remove it"
            + " from updatedAt",
        post, "@UpdatedAt Instant updatedAt");
  }
}
