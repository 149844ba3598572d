package dev.joinery.processor.validate;

import static dev.joinery.processor.validate.Sources.assertError;
import static dev.joinery.processor.validate.Sources.assertOnlyError;
import static dev.joinery.processor.validate.Sources.compile;
import static dev.joinery.processor.validate.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The record itself: a record, one {@code @Id}, storable component types. */
class RecordRulesTest {
  @Test
  void tableOnAClass() {
    JavaFileObject customer = source("Customer",
        "@Table",
        "public class Customer {",
        "  Long id;",
        "}");
    assertOnlyError(compile(customer),
        "[joinery:table-not-record] @Table on Customer, which is a class; Joinery tables are"
            + " records: write `record Customer(...)` with one component per column",
        customer, "@Table");
  }

  @Test
  void noId() {
    JavaFileObject tag = source("Tag",
        "@Table",
        "public record Tag(",
        "    String name) {}");
    assertOnlyError(compile(tag),
        "[joinery:missing-id] Tag has no @Id component; mark its primary key, e.g."
            + " `@Id @AutoIncrement Long id`",
        tag, "@Table");
  }

  @Test
  void twoIds() {
    JavaFileObject tag = source("Tag",
        "@Table",
        "public record Tag(",
        "    @Id Long id,",
        "    @Id String code) {}");
    assertOnlyError(compile(tag),
        "[joinery:duplicate-id] Tag.code is a second @Id (Tag has @Id on id, code); Joinery keys"
            + " a table by one component: keep @Id on one and make the others unique with"
            + " @Column(unique = true) or @Index(columns = {...}, unique = true)",
        tag, "@Id String code");
  }

  @Test
  void unsupportedType() {
    JavaFileObject tag = source("Tag",
        "@Table",
        "public record Tag(",
        "    @Id Long id,",
        "    java.util.Map<String, String> attributes) {}");
    assertOnlyError(compile(tag),
        "[joinery:unsupported-type] Tag.attributes has type Map<String, String>, which Joinery"
            + " cannot store in a column; use String, boolean, byte, short, int, long, float,"
            + " double (or their wrappers), BigDecimal, Instant, LocalDateTime, LocalDate,"
            + " LocalTime, UUID, byte[] or an enum",
        tag, "attributes");
  }

  @Test
  void tableRecordWithoutAssociationAnnotation() {
    JavaFileObject tutorial = source("Tutorial",
        "@Table",
        "public record Tutorial(",
        "    @Id @AutoIncrement Long id,",
        "    Author author,",
        "    List<Comment> comments) {}");
    JavaFileObject author = source("Author",
        "@Table",
        "public record Author(@Id @AutoIncrement Long id) {}");
    JavaFileObject comment = source("Comment",
        "@Table",
        "public record Comment(@Id @AutoIncrement Long id, Long tutorialId) {}");
    Compilation compilation = compile(tutorial, author, comment);
    assertError(compilation, 2,
        "[joinery:missing-association] Tutorial.author has type Author, a @Table record, which"
            + " is not a column; annotate it @HasOne or @BelongsTo",
        tutorial, "Author author");
    assertError(compilation, 2,
        "[joinery:missing-association] Tutorial.comments has type List<Comment>, a @Table"
            + " record, which is not a column; annotate it @HasMany or @BelongsToMany",
        tutorial, "List<Comment> comments");
  }
}
