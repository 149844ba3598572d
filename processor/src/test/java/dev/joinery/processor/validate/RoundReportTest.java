package dev.joinery.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.joinery.processor.validate.Carets.assertColumn;
import static dev.joinery.processor.validate.Sources.assertError;
import static dev.joinery.processor.validate.Sources.assertOnlyError;
import static dev.joinery.processor.validate.Sources.compile;
import static dev.joinery.processor.validate.Sources.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The round as a whole: every mistake is reported in one build, each once, and a mistake never
 * drags in errors about what depends on it.
 */
class RoundReportTest {
  @Test
  void everyMistakeOfTheRoundIsReportedAtOnce() {
    JavaFileObject customer = source("Customer",
        "@Table",
        "public record Customer(",
        "    @Id @AutoIncrement Long id,",
        "    @HasOne(foreignKey = \"custId\") Address address) {}");
    JavaFileObject address = source("Address",
        "@Table",
        "public record Address(",
        "    @Id @AutoIncrement Long id,",
        "    @Column(length = 20) int floor,",
        "    Long customerId) {}");
    JavaFileObject tag = source("Tag",
        "@Table",
        "public record Tag(String name) {}");
    JavaFileObject tutorial = source("Tutorial",
        "@Table",
        "public record Tutorial(",
        "    @Id @AutoIncrement Long id,",
        "    String title,",
        "    @HasMany List<Comment> comments) {}");
    JavaFileObject comment = source("Comment",
        "@Table",
        "public record Comment(",
        "    @Id @AutoIncrement Long id,",
        "    String text,",
        "    @NotNull Long tutorialId,",
        "    @BelongsTo Tutorial tutorial) {}");
    RecordingProcessor processor = new RecordingProcessor();
    Compilation compilation = Compiler.javac().withProcessors(processor)
        .compile(customer, address, tag, tutorial, comment);
    assertError(compilation, 3,
        "[joinery:unknown-foreign-key] Address has no component \"custId\" for"
            + " @HasOne(foreignKey) of Customer.address; components of Address: id, floor,"
            + " customerId",
        customer, "foreignKey = \"custId\"");
    assertError(compilation, 3,
        "[joinery:length-type] @Column(length) on Address.floor sets a VARCHAR length, but floor"
            + " is a primitive int, not a String or an enum; remove length",
        address, "length = 20");
    assertError(compilation, 3,
        "[joinery:missing-id] Tag has no @Id component; mark its primary key, e.g."
            + " `@Id @AutoIncrement Long id`",
        tag, "@Table");
    // The records without mistakes still generate; those with mistakes generate nothing.
    assertThat(processor.createdSources()).containsAtLeast(
        "test.TutorialTable", "test.TutorialDao", "test.CommentTable", "test.CommentDao");
    assertThat(processor.createdSources()).containsNoneOf(
        "test.CustomerTable", "test.CustomerDao", "test.AddressTable", "test.AddressDao",
        "test.TagTable", "test.TagDao");
  }

  @Test
  void associationToATableClassReportsOnlyTheClass() {
    JavaFileObject customer = source("Customer",
        "@Table",
        "public record Customer(",
        "    @Id @AutoIncrement Long id,",
        "    @HasOne(foreignKey = \"nope\") Address address) {}");
    JavaFileObject address = source("Address",
        "@Table",
        "public class Address {}");
    assertOnlyError(compile(customer, address),
        "[joinery:table-not-record] @Table on Address, which is a class; Joinery tables are"
            + " records: write `record Address(...)` with one component per column",
        address, "@Table");
  }

  @Test
  void associationToANonTableReportsNoKeys() {
    JavaFileObject customer = source("Customer",
        "@Table",
        "public record Customer(",
        "    @Id @AutoIncrement Long id,",
        "    @HasOne(foreignKey = \"nope\", onDelete = ReferentialAction.SET_NULL) Note note) {}");
    JavaFileObject note = source("Note",
        "public record Note(Long id) {}");
    assertOnlyError(compile(customer, note),
        "[joinery:target-not-table] @HasOne on Customer.note points at Note, which is not a"
            + " @Table record; annotate Note with @Table or point the association at a @Table"
            + " record",
        customer, "Note note");
  }

  @Test
  void keyDefaultingToAMissingIdReportsOnlyTheId() {
    JavaFileObject customer = source("Customer",
        "@Table",
        "public record Customer(",
        "    String name,",
        "    @HasMany List<Order> orders) {}");
    JavaFileObject order = source("Order",
        "@Table",
        "public record Order(",
        "    @Id @AutoIncrement Long id,",
        "    @BelongsTo Customer customer) {}");
    assertOnlyError(compile(customer, order),
        "[joinery:missing-id] Customer has no @Id component; mark its primary key, e.g."
            + " `@Id @AutoIncrement Long id`",
        customer, "@Table");
  }

  @Test
  void keyDefaultingToOneOfTwoIdsReportsOnlyTheSecondId() {
    JavaFileObject customer = source("Customer",
        "@Table",
        "public record Customer(",
        "    @Id Long id,",
        "    @Id String code) {}");
    JavaFileObject order = source("Order",
        "@Table",
        "public record Order(",
        "    @Id @AutoIncrement Long id,",
        "    String customerId,",
        "    @BelongsTo Customer customer) {}");
    assertOnlyError(compile(customer, order),
        "[joinery:duplicate-id] Customer.code is a second @Id (Customer has @Id on id, code);"
            + " Joinery keys a table by one component: keep @Id on one and make the others"
            + " unique with @Column(unique = true) or @Index(columns = {...}, unique = true)",
        customer, "@Id String code");
  }

  @Test
  void foreignKeyOfUnsupportedTypeReportsOnlyTheType() {
    JavaFileObject customer = source("Customer",
        "@Table",
        "public record Customer(@Id @AutoIncrement Long id) {}");
    JavaFileObject order = source("Order",
        "@Table",
        "public record Order(",
        "    @Id @AutoIncrement Long id,",
        "    Object customerId,",
        "    @BelongsTo Customer customer) {}");
    assertOnlyError(compile(customer, order),
        "[joinery:unsupported-type] Order.customerId has type Object, which Joinery cannot store"
            + " in a column; use String, boolean, byte, short, int, long, float, double (or their"
            + " wrappers), BigDecimal, Instant, LocalDateTime, LocalDate, LocalTime, UUID, byte[]"
            + " or an enum",
        order, "Object customerId");
  }

  @Test
  void misShapedAssociationReportsNoKeys() {
    JavaFileObject customer = source("Customer",
        "@Table",
        "public record Customer(",
        "    @Id @AutoIncrement Long id,",
        "    @BelongsToMany(through = \"\") Tag tag) {}");
    JavaFileObject tag = source("Tag",
        "@Table",
        "public record Tag(@Id @AutoIncrement Long id) {}");
    Compilation compilation = compile(customer, tag);
    // The empty through is a mistake of its own, independent of the shape.
    assertError(compilation, 2,
        "[joinery:to-many-not-list] @BelongsToMany on Customer.tag needs a List<T> component, but"
            + " its type is Tag; write `List<Tag> tag`, or use @BelongsTo for a single Tag",
        customer, "Tag tag");
    assertError(compilation, 2,
        "[joinery:empty-through] @BelongsToMany(through) of Customer.tag is empty; name the"
            + " junction table, e.g. through = \"customer_tag\"",
        customer, "Tag tag");
  }

  @Test
  void recordsStoppedByAnotherRecordsErrorsSayWhy() {
    JavaFileObject customer = source("Customer",
        "@Table",
        "public record Customer(",
        "    String name,",
        "    @HasMany List<Order> orders) {}");
    JavaFileObject order = source("Order",
        "@Table(\"orders\")",
        "public record Order(",
        "    @Id @AutoIncrement Long id,",
        "    Long customerId,",
        "    @BelongsTo Customer customer) {}");
    JavaFileObject invoice = source("Invoice",
        "@Table",
        "public record Invoice(",
        "    @Id @AutoIncrement Long id,",
        "    Long orderId,",
        "    @BelongsTo Order order) {}");
    JavaFileObject tag = source("Tag",
        "@Table",
        "public record Tag(@Id Long id, @Column(length = -1) String name) {}");
    JavaFileObject label = source("Label",
        "@Table",
        "public record Label(",
        "    @Id @AutoIncrement Long id,",
        "    Long invoiceId,",
        "    Long tagId,",
        "    @BelongsTo Invoice invoice,",
        "    @BelongsTo Tag tag) {}");
    RecordingProcessor processor = new RecordingProcessor();
    Compilation compilation = Compiler.javac().withProcessors(processor)
        .compile(customer, order, invoice, tag, label);
    assertThat(compilation).hadErrorCount(2);
    String orderNote = "[joinery:stopped-by-errors] Order generates no OrderTable or OrderDao:"
        + " its associations depend on Customer, whose errors stop code generation; fix the"
        + " errors reported on Customer";
    assertThat(compilation).hadNoteContaining(orderNote).inFile(order)
        .onLineContaining("@Table(\"orders\")");
    assertColumn(compilation, orderNote, 1);
    // Through a chain, the note names the record with errors, not the one in between.
    assertThat(compilation).hadNoteContaining("[joinery:stopped-by-errors] Invoice generates no"
            + " InvoiceTable or InvoiceDao: its associations depend on Customer, whose errors stop"
            + " code generation; fix the errors reported on Customer")
        .inFile(invoice).onLineContaining("@Table");
    assertThat(compilation).hadNoteContaining("[joinery:stopped-by-errors] Label generates no"
            + " LabelTable or LabelDao: its associations depend on Customer and Tag, whose errors"
            + " stop code generation; fix the errors reported on Customer and Tag")
        .inFile(label).onLineContaining("@Table");
    assertThat(processor.createdSources()).isEmpty();
  }

  @Test
  void aValidRoundPrintsNoNote() {
    JavaFileObject customer = source("Customer",
        "@Table",
        "public record Customer(@Id @AutoIncrement Long id) {}");
    assertThat(compile(customer).notes()).isEmpty();
  }
}
