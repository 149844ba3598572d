package dev.joinery.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.joinery.processor.validate.Sources.compile;
import static dev.joinery.processor.validate.Sources.source;

import com.google.testing.compile.Compilation;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Everything the seeds and the design accept passes validation: rules that fire on valid
 * models would be worse than no rules.
 */
class NoFalsePositivesTest {
  @Test
  void seedShapesPassValidation() {
    Compilation compilation = compile(
        source("Customer",
            "@Table(\"customers\")",
            "public record Customer(",
            "    @Id @AutoIncrement Long id,",
            "    @Column(length = 100) String firstname,",
            "    String lastname,",
            "    @Column(unsigned = true) int age,",
            "    @HasOne(foreignKey = \"customerId\", unique = true) Address address) {}"),
        source("Address",
            "@Table(\"addresses\")",
            "@Index(columns = \"customerId\", unique = true)",
            "@Index(columns = {\"postcode\", \"street\"}, name = \"by_postcode\")",
            "public record Address(",
            "    @Id @AutoIncrement Long id,",
            "    String street,",
            "    String postcode,",
            "    Long customerId,",
            "    @BelongsTo(foreignKey = \"customerId\", onDelete = ReferentialAction.CASCADE)",
            "    Customer customer) {}"),
        source("Tutorial",
            "@Table",
            "public record Tutorial(",
            "    @Id @AutoIncrement Long id,",
            "    @Length(min = 1, max = 80) String title,",
            "    @Column(text = true) String description,",
            "    @Url String link,",
            "    Status status,",
            "    @CreatedAt @Column(name = \"created_at\") Instant createdAt,",
            "    @UpdatedAt @Column(name = \"updated_at\") LocalDateTime updatedAt,",
            "    @HasMany List<Comment> comments,",
            "    @BelongsToMany(through = \"tutorial_tags\") List<Tag> tags) {",
            "  public enum Status { DRAFT, PUBLISHED }",
            "}"),
        source("Comment",
            "@Table",
            "public record Comment(",
            "    @Id @AutoIncrement Long id,",
            "    String name,",
            "    @Column(text = true) String text,",
            "    @NotNull Long tutorialId,",
            "    @BelongsTo Tutorial tutorial) {}"),
        source("Tag",
            "@Table",
            "public record Tag(",
            "    @Id @AutoIncrement Integer id,",
            "    @Column(unique = true, length = 40) String name,",
            "    @BelongsToMany(through = \"tutorial_tags\") List<Tutorial> tutorials) {}"),
        source("User",
            "@Table",
            "public record User(",
            "    @Id @UuidV4 UUID id,",
            "    @Email @Column(unique = true) String email,",
            "    @HasOne(foreignKey = \"createdBy\") Story story,",
            "    @HasOne(foreignKey = \"userEmail\", sourceKey = \"email\") Profile profile) {}"),
        source("Profile",
            "@Table",
            "public record Profile(",
            "    @Id @UuidV4 UUID id,",
            "    String userEmail,",
            "    @Column(precision = 10, scale = 2) BigDecimal balance,",
            "    LocalDate birthday,",
            "    LocalTime wakeUp,",
            "    boolean active,",
            "    byte[] avatar,",
            "    @BelongsTo(foreignKey = \"userEmail\", targetKey = \"email\") User user) {}"),
        source("Story",
            "@Table",
            "public record Story(",
            "    @Id @AutoIncrement Long id,",
            "    @Column(name = \"created_by\") UUID createdBy,",
            "    @BelongsTo(foreignKey = \"createdBy\") User author) {}"),
        source("Employee",
            "@Table",
            "public record Employee(",
            "    @Id @AutoIncrement Long id,",
            "    Long managerId,",
            "    @BelongsTo(onDelete = ReferentialAction.SET_NULL) Employee manager,",
            "    @HasMany(foreignKey = \"managerId\") List<Employee> reports,",
            "    @BelongsToMany(through = \"friendships\", foreignKey = \"employee_id\",",
            "        otherKey = \"friend_id\") List<Employee> friends) {}"));
    assertThat(compilation.errors().stream().map(d -> d.getMessage(Locale.ROOT)).toList())
        .isEmpty();
    // ...and the generated code of all of them compiles.
    assertThat(compilation).succeededWithoutWarnings();
  }
}
