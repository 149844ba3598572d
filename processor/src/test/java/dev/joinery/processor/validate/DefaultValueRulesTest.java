package dev.joinery.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.joinery.processor.validate.Sources.assertError;
import static dev.joinery.processor.validate.Sources.compile;
import static dev.joinery.processor.validate.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @Column(defaultValue)} as a literal of the column's type. */
class DefaultValueRulesTest {
  private static final String PREFIX = "[joinery:default-value] @Column(defaultValue = ";

  @Test
  void defaultsThatAreNoValueOfTheirColumn() {
    JavaFileObject product = source("Product",
        "@Table",
        "public record Product(",
        "    @Id @AutoIncrement Long id,",
        "    @Column(defaultValue = \"ten\") int stock,",
        "    @Column(defaultValue = \"200\") byte shelf,",
        "    @Column(defaultValue = \"-1\", unsigned = true) Long views,",
        "    @Column(defaultValue = \"yes\") boolean active,",
        "    @Column(defaultValue = \"12.345\", precision = 5, scale = 2) BigDecimal price,",
        "    @Column(defaultValue = \"1,5\") double weight,",
        "    @Column(defaultValue = \"archived\") Status status,",
        "    @Column(defaultValue = \"none\") UUID batch,",
        "    @Column(defaultValue = \"far too long\", length = 5) String code,",
        "    @Column(defaultValue = \"0\") byte[] image) {",
        "  public enum Status { DRAFT, PUBLISHED }",
        "}");
    Compilation compilation = compile(product);
    int count = 10;
    assertError(compilation, count, PREFIX + "\"ten\") on Product.stock is not a valid default"
        + " for a primitive int; write a whole number from -2147483648 to 2147483647",
        product, "\"ten\"");
    assertError(compilation, count, PREFIX + "\"200\") on Product.shelf is not a valid default"
        + " for a primitive byte; write a whole number from -128 to 127",
        product, "\"200\"");
    assertError(compilation, count, PREFIX + "\"-1\") on Product.views is not a valid default"
        + " for a Long; write a whole number from 0 to 9223372036854775807 (the column is"
        + " unsigned)",
        product, "\"-1\"");
    assertError(compilation, count, PREFIX + "\"yes\") on Product.active is not a valid default"
        + " for a primitive boolean; write true or false",
        product, "\"yes\"");
    assertError(compilation, count, PREFIX + "\"12.345\") on Product.price is not a valid"
        + " default for a BigDecimal; write a decimal number that fits DECIMAL(5,2): at most 3"
        + " digits before the point and 2 after",
        product, "\"12.345\"");
    assertError(compilation, count, PREFIX + "\"1,5\") on Product.weight is not a valid default"
        + " for a primitive double; write a number such as 0, 2.5 or 1e-3",
        product, "\"1,5\"");
    assertError(compilation, count, PREFIX + "\"archived\") on Product.status is not a valid"
        + " default for a Status; write one of the constants of Status: DRAFT, PUBLISHED",
        product, "\"archived\"");
    assertError(compilation, count, PREFIX + "\"none\") on Product.batch is not a valid default"
        + " for a UUID; write a UUID such as 123e4567-e89b-12d3-a456-426614174000",
        product, "\"none\"");
    assertError(compilation, count, PREFIX + "\"far too long\") on Product.code is not a valid"
        + " default for a String; write at most 5 characters, the length of its VARCHAR(5), or"
        + " raise @Column(length)",
        product, "\"far too long\"");
    assertError(compilation, count, PREFIX + "\"0\") on Product.image is not a valid default"
        + " for a byte[]; byte[] columns take no default value: remove defaultValue",
        product, "byte[] image");
  }

  @Test
  void literalsOfEachTypePass() {
    JavaFileObject product = source("Product",
        "@Table",
        "public record Product(",
        "    @Id @AutoIncrement Long id,",
        "    @Column(defaultValue = \" -2147483648 \") int stock,",
        "    @Column(defaultValue = \"+127\") byte shelf,",
        "    @Column(defaultValue = \"0\", unsigned = true) Long views,",
        "    @Column(defaultValue = \"TRUE\") boolean active,",
        "    @Column(defaultValue = \"-123.45\", precision = 5, scale = 2) BigDecimal price,",
        "    @Column(defaultValue = \"0.12\", precision = 2, scale = 2) BigDecimal share,",
        "    @Column(defaultValue = \"2.5e3\") Double weight,",
        "    @Column(defaultValue = \"DRAFT\") Status status,",
        "    @Column(defaultValue = \"123E4567-e89b-12d3-a456-426614174000\") UUID batch,",
        "    @Column(defaultValue = \"abcde\", length = 5) String code,",
        "    @Column(defaultValue = \"longer than five\", text = true) String notes,",
        "    @Column(defaultValue = \"2024-01-01\") LocalDate since) {",
        "  public enum Status { DRAFT, PUBLISHED }",
        "}");
    assertThat(compile(product)).succeededWithoutWarnings();
  }
}
