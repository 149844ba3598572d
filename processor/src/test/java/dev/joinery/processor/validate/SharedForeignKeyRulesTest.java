package dev.joinery.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.joinery.processor.validate.Sources.compile;
import static dev.joinery.processor.validate.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Two associations of one kind on one record to one target over one foreign key: one link that
 * loads the same rows twice. Each case asserts the only error, its file, line and column.
 */
class SharedForeignKeyRulesTest {
  /** Line 9 of each source is the first after the imports {@link Sources} adds. */
  private static final JavaFileObject BOOK = source("Book",
      "@Table",
      "public record Book(",
      "    @Id @AutoIncrement Long id,",
      "    Long authorId) {}");

  @Test
  void twoHasManyOverTheDefaultedKey() {
    JavaFileObject author = source("Author",
        "@Table",
        "public record Author(",
        "    @Id @AutoIncrement Long id,",
        "    @HasMany List<Book> books,",
        "    @HasMany List<Book> drafts) {}");
    assertOnlyErrorAt(compile(author, BOOK),
        "[joinery:shared-foreign-key] @HasMany Author.drafts and @HasMany Author.books both use"
            + " foreign key Book.authorId, so they are one link and load the same rows; to give"
            + " Author.drafts rows of its own, declare `Long draftAuthorId` in Book and write"
            + " foreignKey = \"draftAuthorId\", or remove one of the two",
        author, 13, 5);
  }

  @Test
  void twoHasManyOverOneWrittenKey() {
    JavaFileObject author = source("Author",
        "@Table",
        "public record Author(",
        "    @Id @AutoIncrement Long id,",
        "    @HasMany(foreignKey = \"authorId\") List<Book> books,",
        "    @HasMany(foreignKey = \"authorId\") List<Book> drafts) {}");
    assertOnlyErrorAt(compile(author, BOOK),
        "[joinery:shared-foreign-key] @HasMany Author.drafts and @HasMany Author.books both use"
            + " foreign key Book.authorId, so they are one link and load the same rows; to give"
            + " Author.drafts rows of its own, declare `Long draftAuthorId` in Book and write"
            + " foreignKey = \"draftAuthorId\", or remove one of the two",
        author, 13, 27);
  }

  @Test
  void twoBelongsToOverOneKey() {
    JavaFileObject author = source("Author",
        "@Table",
        "public record Author(",
        "    @Id @AutoIncrement Long id) {}");
    JavaFileObject book = source("Book",
        "@Table",
        "public record Book(",
        "    @Id @AutoIncrement Long id,",
        "    Long authorId,",
        "    @BelongsTo Author author,",
        "    @BelongsTo(foreignKey = \"authorId\") Author editor) {}");
    assertOnlyErrorAt(compile(author, book),
        "[joinery:shared-foreign-key] @BelongsTo Book.editor and @BelongsTo Book.author both use"
            + " foreign key Book.authorId, so they are one link and load the same rows; to give"
            + " Book.editor rows of its own, declare `Long editorId` in Book and write"
            + " foreignKey = \"editorId\", or remove one of the two",
        book, 14, 29);
  }

  @Test
  void theSuggestedKeyMayAlreadyBeAComponent() {
    JavaFileObject author = source("Author",
        "@Table",
        "public record Author(",
        "    @Id @AutoIncrement Long id) {}");
    JavaFileObject book = source("Book",
        "@Table",
        "public record Book(",
        "    @Id @AutoIncrement Long id,",
        "    Long authorId,",
        "    Long editorId,",
        "    @BelongsTo Author author,",
        "    @BelongsTo(foreignKey = \"authorId\") Author editor) {}");
    assertOnlyErrorAt(compile(author, book),
        "[joinery:shared-foreign-key] @BelongsTo Book.editor and @BelongsTo Book.author both use"
            + " foreign key Book.authorId, so they are one link and load the same rows; to give"
            + " Book.editor rows of its own, write foreignKey = \"editorId\", a component of"
            + " Book, or remove one of the two",
        book, 15, 29);
  }

  @Test
  void inversePairsAndOnePinnedAmongManyAreOneLinkOnPurpose() {
    JavaFileObject author = source("Author",
        "@Table",
        "public record Author(",
        "    @Id @AutoIncrement Long id,",
        "    @HasOne Book latest,",
        "    @HasMany List<Book> books) {}");
    JavaFileObject book = source("Book",
        "@Table",
        "public record Book(",
        "    @Id @AutoIncrement Long id,",
        "    Long authorId,",
        "    @BelongsTo Author author) {}");
    assertThat(compile(author, book)).succeeded();
  }

  private static void assertOnlyErrorAt(Compilation compilation, String message,
      JavaFileObject file, int line, int column) {
    assertThat(compilation).failed();
    assertThat(compilation.errors().stream().map(d -> d.getMessage(null)).toList())
        .containsExactly(message);
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLine(line)
        .atColumn(column);
  }
}
