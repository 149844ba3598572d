package dev.joinery.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.joinery.processor.validate.Carets.assertColumn;
import static dev.joinery.processor.validate.Sources.assertError;
import static dev.joinery.processor.validate.Sources.assertOnlyError;
import static dev.joinery.processor.validate.Sources.compile;
import static dev.joinery.processor.validate.Sources.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** {@code @Version}: one integral counter a record at most. */
class VersionRulesTest {
  @Test
  void versionOnATypeThatCannotCount() {
    JavaFileObject post = source("Post",
        "@Table",
        "public record Post(",
        "    @Id @AutoIncrement Long id,",
        "    @Version String version) {}");
    JavaFileObject note = source("Note",
        "@Table",
        "public record Note(",
        "    @Id @AutoIncrement Long id,",
        "    @NotNull @Version short rev) {}");
    String onString = "[joinery:version-type] @Version on Post.version counts the row's versions"
        + " and needs an int, long, Integer or Long component, but it is a String; write"
        + " `int version`";
    Compilation compilation = compile(post, note);
    assertError(compilation, 2, onString, post, "@Version String version");
    assertColumn(compilation, onString, 5);
    assertError(compilation, 2, "[joinery:version-type] @Version on Note.rev counts the row's"
            + " versions and needs an int, long, Integer or Long component, but it is a primitive"
            + " short; write `int rev`",
        note, "@Version short rev");
  }

  @Test
  void versionOnTheId() {
    JavaFileObject post = source("Post",
        "@Table",
        "public record Post(",
        "    String title,",
        "    @Id @Version Long id) {}");
    String message = "[joinery:version-on-id] @Version on Post.id, which is the @Id: an update"
        + " finds the row by its key and moves the version, so the key would change with every"
        + " write; keep id the key and count versions in a component of their own,"
        + " `@Version int version`";
    Compilation compilation = compile(post);
    assertOnlyError(compilation, message, post, "@Version Long id");
    assertColumn(compilation, message, 9);
  }

  @Test
  void twoVersionsInOneRecord() {
    JavaFileObject post = source("Post",
        "@Table",
        "public record Post(",
        "    @Id @AutoIncrement Long id,",
        "    @Version int version,",
        "    String title,",
        "    @Version Long revision) {}");
    String message = "[joinery:duplicate-version] @Version on Post.revision is a second @Version"
        + " (Post has @Version on version, revision), and a row has one version counter; keep"
        + " @Version on version only and remove it from revision";
    Compilation compilation = compile(post);
    assertOnlyError(compilation, message, post, "@Version Long revision");
    assertColumn(compilation, message, 5);
  }

  @Test
  void anIntegralVersionIsANotNullCounterStartingAtZero() throws IOException {
    JavaFileObject post = source("Post",
        "@Table",
        "public record Post(",
        "    @Id @AutoIncrement Long id,",
        "    @Version Long version) {}");
    Compilation compilation = compile(post);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.PostTable").contentsAsUtf8String()
        .contains(".version().notNull().defaultValue(\"0\").build()");
    String ddl = compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
        "META-INF/joinery/postgresql/schema.sql").orElseThrow().getCharContent(false).toString();
    assertThat(ddl).contains("\"version\" BIGINT DEFAULT 0 NOT NULL");
  }
}
