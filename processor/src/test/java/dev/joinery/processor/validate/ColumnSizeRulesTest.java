package dev.joinery.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.joinery.processor.validate.Sources.assertError;
import static dev.joinery.processor.validate.Sources.assertOnlyError;
import static dev.joinery.processor.validate.Sources.compile;
import static dev.joinery.processor.validate.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Lengths, precisions and scales that no database (or no value) can satisfy. */
class ColumnSizeRulesTest {
  @Test
  void lengthValidationAcceptingNothing() {
    JavaFileObject user = source("User",
        "@Table",
        "public record User(",
        "    @Id @AutoIncrement Long id,",
        "    @Length(min = 8, max = 4) String password,",
        "    @Length(min = -1) String nickname,",
        "    @Length(max = -5) String motto) {}");
    Compilation compilation = compile(user);
    assertError(compilation, 3,
        "[joinery:length-min-over-max] @Length(min = 8, max = 4) on User.password accepts no"
            + " text, since min is greater than max; make min at most max",
        user, "min = 8");
    assertError(compilation, 3,
        "[joinery:length-negative] @Length(min = -1) on User.nickname is negative, and no text"
            + " is shorter than 0 characters; write min = 0 or more",
        user, "min = -1");
    assertError(compilation, 3,
        "[joinery:length-negative] @Length(max = -5) on User.motto is negative, and no text is"
            + " shorter than 0 characters; write max = 0 or more",
        user, "max = -5");
  }

  @Test
  void varcharLengthOutOfRange() {
    JavaFileObject article = source("Article",
        "@Table",
        "public record Article(",
        "    @Id @AutoIncrement Long id,",
        "    @Column(length = -10) String title,",
        "    @Column(length = 20000) String body,",
        "    @Column(length = 70000) Kind kind,",
        // A text length counts characters beyond any VARCHAR: MySQL makes it MEDIUMTEXT.
        "    @Column(length = 100000, text = true) String notes) {",
        "  public enum Kind { NEWS, REVIEW }",
        "}");
    Compilation compilation = compile(article);
    assertError(compilation, 3,
        "[joinery:column-length-negative] @Column(length = -10) on Article.title is negative;"
            + " write a VARCHAR length from 1 to 16383, or leave length out for 255",
        article, "length = -10");
    assertError(compilation, 3,
        "[joinery:column-length-too-long] @Column(length = 20000) on Article.body is more than"
            + " 16383, the longest VARCHAR MySQL can create in utf8mb4 (4 bytes a character, 65535"
            + " bytes at most); write `@Column(text = true)` for longer text",
        article, "length = 20000");
    assertError(compilation, 3,
        "[joinery:column-length-too-long] @Column(length = 70000) on Article.kind is more than"
            + " 16383, the longest VARCHAR MySQL can create in utf8mb4 (4 bytes a character, 65535"
            + " bytes at most); the names of an enum's constants need far less: lower length",
        article, "length = 70000");
  }

  @Test
  void decimalScaleAbovePrecision() {
    JavaFileObject product = source("Product",
        "@Table",
        "public record Product(",
        "    @Id @AutoIncrement Long id,",
        "    @Column(precision = 4, scale = 6) BigDecimal weight,",
        "    @Column(precision = 1) BigDecimal rating,",
        "    @Column(scale = 20) BigDecimal ratio) {}");
    Compilation compilation = compile(product);
    assertError(compilation, 3,
        "[joinery:decimal-scale] @Column on Product.weight makes DECIMAL(4,6), whose scale 6 is"
            + " more than its precision 4 (the digits after the point count in the precision);"
            + " make scale at most 4 or precision at least 6",
        product, "scale = 6");
    assertError(compilation, 3,
        "[joinery:decimal-scale] @Column on Product.rating makes DECIMAL(1,2), whose scale 2 is"
            + " more than its precision 1 (the digits after the point count in the precision);"
            + " make scale at most 1 or precision at least 2",
        product, "precision = 1");
    assertError(compilation, 3,
        "[joinery:decimal-scale] @Column on Product.ratio makes DECIMAL(19,20), whose scale 20"
            + " is more than its precision 19 (the digits after the point count in the"
            + " precision); make scale at most 19 or precision at least 20",
        product, "scale = 20");
  }

  @Test
  void fractionalDigitsOfATimestamp() {
    JavaFileObject event = source("Event",
        "@Table",
        "public record Event(",
        "    @Id @AutoIncrement Long id,",
        "    @Column(precision = 0) Instant startsAt,",
        "    @Column(precision = 9) LocalDateTime endsAt,",
        "    @Column(precision = 3) LocalTime opensAt) {}");
    assertOnlyError(compile(event),
        "[joinery:fractional-digits] precision = 9 on Event.endsAt asks for 9 fractional digits"
            + " of seconds; a timestamp keeps 0 (whole seconds) to 6 (microseconds): write a"
            + " precision from 0 to 6, or Column.DATABASE_PRECISION for what the database gives"
            + " the type without digits",
        event, "precision = 9");
  }

  @Test
  void negativeDecimalPrecision() {
    JavaFileObject product = source("Product",
        "@Table",
        "public record Product(",
        "    @Id @AutoIncrement Long id,",
        "    @Column(precision = Column.DATABASE_PRECISION) BigDecimal price) {}");
    assertOnlyError(compile(product),
        "[joinery:decimal-precision-negative] precision = -1 on Product.price is negative, but a"
            + " DECIMAL has at least one digit (only a timestamp or time leaves its digits to the"
            + " database, Column.DATABASE_PRECISION); write a precision of 1 or more, or leave"
            + " precision out for 19",
        product, "precision = Column.DATABASE_PRECISION");
  }

  @Test
  void boundsThatFitPass() {
    JavaFileObject product = source("Product",
        "@Table",
        "public record Product(",
        "    @Id @AutoIncrement Long id,",
        "    @Length(min = 3, max = 3) @Column(length = 16383) String code,",
        "    @Column(precision = 6, scale = 6) BigDecimal fraction,",
        "    @Column(precision = Column.DATABASE_PRECISION) Instant seenAt,",
        "    @Column(precision = Column.DATABASE_PRECISION) LocalTime opensAt) {}");
    assertThat(compile(product)).succeeded();
  }
}
