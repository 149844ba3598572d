package dev.joinery.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.joinery.processor.validate.Sources.assertError;
import static dev.joinery.processor.validate.Sources.compile;
import static dev.joinery.processor.validate.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @Secret} on what cannot be secret: the key, an association. */
class SecretRulesTest {
  @Test
  void secretOnTheKeyAndOnAnAssociation() {
    JavaFileObject author = source("Author",
        "@Table",
        "public record Author(",
        "    @Id @AutoIncrement @Secret Long id,",
        "    @Secret String password,",
        "    @Secret // the caret goes here, not under @HasOne",
        "    @HasOne(foreignKey = \"authorId\") Story story) {}");
    JavaFileObject story = source("Story",
        "@Table",
        "public record Story(",
        "    @Id @AutoIncrement Long id,",
        "    Long authorId) {}");
    Compilation compilation = compile(author, story);
    assertError(compilation, 2,
        "[joinery:secret-key] @Secret on Author.id marks the @Id, which names the row in URLs,"
            + " includes and SQL logs and so cannot be hidden; remove @Secret, and keep the secret"
            + " in a column of its own",
        author, "@Id @AutoIncrement @Secret Long id");
    assertError(compilation, 2,
        "[joinery:secret-association] @Secret on Author.story marks an association, which holds"
            + " no value of its own; remove it and mark the secret columns of Story with @Secret"
            + " instead",
        author, "@Secret // the caret");
  }

  @Test
  void secretOnAnyOtherColumnCompiles() {
    JavaFileObject account = source("Account",
        "@Table",
        "public record Account(",
        "    @Id @AutoIncrement Long id,",
        "    @Secret @NotNull String password,",
        "    @Secret BigDecimal salary,",
        "    @Secret @UuidV4 UUID apiToken,",
        "    @Secret byte[] hash) {}");
    assertThat(compile(account)).succeededWithoutWarnings();
  }
}
