package dev.joinery.processor.validate;

import static dev.joinery.processor.validate.Sources.assertError;
import static dev.joinery.processor.validate.Sources.compile;
import static dev.joinery.processor.validate.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Index and constraint names, which the databases keep per schema rather than per table. */
class IndexNameRulesTest {
  @Test
  void twoIndexesWithOneName() {
    // Author comes first in the round but wrote the name that the derived one collides with.
    JavaFileObject author = source("Author",
        "@Table",
        "@Index(columns = \"name\", name = \"tags_name_unique\")",
        "public record Author(",
        "    @Id @AutoIncrement Long id,",
        "    String name) {}");
    JavaFileObject tag = source("Tag",
        "@Table",
        "@Index(columns = \"name\", name = \"by_name\")",
        "public record Tag(",
        "    @Id @AutoIncrement Long id,",
        "    @Column(unique = true) String name) {}");
    JavaFileObject label = source("Label",
        "@Table",
        "@Index(columns = \"name\", name = \"BY_NAME\")",
        "public record Label(",
        "    @Id @AutoIncrement Long id,",
        "    String name) {}");
    JavaFileObject note = source("Note",
        "@Table",
        "@Index(columns = \"text\", name = \"labels\")",
        "public record Note(",
        "    @Id @AutoIncrement Long id,",
        "    String text) {}");
    Compilation compilation = compile(author, tag, label, note);
    assertError(compilation, 3,
        "[joinery:duplicate-index-name] index name \"tags_name_unique\" of @Index(columns ="
            + " \"name\") on Author is already the name of the index of @Column(unique = true) on"
            + " Tag.name; an index name must be unique in the whole schema (PostgreSQL and H2; in"
            + " PostgreSQL among table names too): name it with @Index(name = \"...\")",
        author, "name = \"tags_name_unique\"");
    assertError(compilation, 3,
        "[joinery:duplicate-index-name] index name \"BY_NAME\" of @Index(columns = \"name\") on"
            + " Label is already the name of the index of @Index(columns = \"name\") on Tag; an"
            + " index name must be unique in the whole schema (PostgreSQL and H2; in PostgreSQL"
            + " among table names too): name it with @Index(name = \"...\")",
        label, "name = \"BY_NAME\"");
    assertError(compilation, 3,
        "[joinery:duplicate-index-name] index name \"labels\" of @Index(columns = \"text\") on"
            + " Note is already the name of the table of Label; an index name must be unique in"
            + " the whole schema (PostgreSQL and H2; in PostgreSQL among table names too): name"
            + " it with @Index(name = \"...\")",
        note, "name = \"labels\"");
  }

  @Test
  void twoForeignKeysWithOneUniqueKey() {
    JavaFileObject customer = source("Customer",
        "@Table",
        "public record Customer(",
        "    @Id @AutoIncrement Long id,",
        // Both sides of one link name its one constraint: not a clash.
        "    @HasMany(uniqueKey = \"invoice_customer_fk\") List<Invoice> invoices) {}");
    JavaFileObject invoice = source("Invoice",
        "@Table",
        "public record Invoice(",
        "    @Id @AutoIncrement Long id,",
        "    Long customerId,",
        "    @BelongsTo(uniqueKey = \"invoice_customer_fk\") Customer customer) {}");
    JavaFileObject address = source("Address",
        "@Table",
        "public record Address(",
        "    @Id @AutoIncrement Long id,",
        "    Long customerId,",
        "    @BelongsTo(uniqueKey = \"owner_fk\") Customer customer) {}");
    JavaFileObject order = source("Order",
        "@Table",
        "public record Order(",
        "    @Id @AutoIncrement Long id,",
        "    Long customerId,",
        "    @BelongsTo(uniqueKey = \"owner_fk\") Customer customer) {}");
    Compilation compilation = compile(customer, invoice, address, order);
    assertError(compilation, 1,
        "[joinery:duplicate-constraint-name] foreign-key constraint name \"owner_fk\" of"
            + " @BelongsTo Order.customer is already the name of the foreign key of @BelongsTo"
            + " Address.customer; a constraint name must be unique in the whole schema (MySQL and"
            + " H2): name it with uniqueKey = \"...\"",
        order, "uniqueKey = \"owner_fk\"");
  }

  @Test
  void namesTakenByAJunctionTable() {
    JavaFileObject tutorial = source("Tutorial",
        "@Table",
        "@Index(columns = \"title\", name = \"tutorial_tags_tag_id\")",
        "public record Tutorial(",
        "    @Id @AutoIncrement Long id,",
        "    String title,",
        "    @BelongsToMany(through = \"tutorial_tags\") List<Tag> tags) {}");
    JavaFileObject tag = source("Tag",
        "@Table",
        "public record Tag(",
        "    @Id @AutoIncrement Long id,",
        "    Long tutorialId,",
        "    @BelongsTo(uniqueKey = \"tutorial_tags_tag_id_fkey\") Tutorial tutorial) {}");
    Compilation compilation = compile(tutorial, tag);
    assertError(compilation, 2,
        "[joinery:duplicate-index-name] index name \"tutorial_tags_tag_id\" of @Index(columns ="
            + " \"title\") on Tutorial is already the name of the index of junction table"
            + " tutorial_tags (@BelongsToMany Tutorial.tags); an index name must be unique in the"
            + " whole schema (PostgreSQL and H2; in PostgreSQL among table names too): name it"
            + " with @Index(name = \"...\")",
        tutorial, "name = \"tutorial_tags_tag_id\"");
    assertError(compilation, 2,
        "[joinery:duplicate-constraint-name] foreign-key constraint name"
            + " \"tutorial_tags_tag_id_fkey\" of @BelongsTo Tag.tutorial is already the name of"
            + " the foreign key of junction table tutorial_tags (@BelongsToMany Tutorial.tags); a"
            + " constraint name must be unique in the whole schema (MySQL and H2): name it with"
            + " uniqueKey = \"...\"",
        tag, "uniqueKey = \"tutorial_tags_tag_id_fkey\"");
  }
}
