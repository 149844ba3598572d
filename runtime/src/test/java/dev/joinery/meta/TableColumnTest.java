package dev.joinery.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.joinery.annotation.ReferentialAction;
import dev.joinery.fixtures.Address;
import dev.joinery.fixtures.AddressTable;
import dev.joinery.fixtures.Comment;
import dev.joinery.fixtures.CommentTable;
import dev.joinery.fixtures.Customer;
import dev.joinery.fixtures.CustomerTable;
import dev.joinery.fixtures.TagTable;
import dev.joinery.fixtures.Tutorial;
import dev.joinery.fixtures.TutorialTable;
import dev.joinery.schema.ColumnDef;
import dev.joinery.schema.ForeignKeyDef;
import dev.joinery.schema.IndexDef;
import dev.joinery.schema.TableDef;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The column constants of the generated fixtures: each owns its column's definition, the
 * table's definition is derived from them, and their withers copy a record with one component
 * replaced.
 */
class TableColumnTest {
  @Test
  void theTableDefinitionIsDerivedFromTheColumnConstants() {
    assertThat(TutorialTable.INSTANCE.definition()).isEqualTo(new TableDef(
        "tutorials",
        List.of(
            ColumnDef.of("id", ValueType.LONG).asAutoIncrement(),
            ColumnDef.of("title", ValueType.STRING).notNull(),
            ColumnDef.of("description", ValueType.STRING),
            ColumnDef.of("published", ValueType.BOOLEAN).notNull(),
            ColumnDef.of("created_at", ValueType.INSTANT).notNull(),
            ColumnDef.of("updated_at", ValueType.INSTANT).notNull()),
        List.of("id"),
        List.of(),
        List.of()));
    assertThat(CustomerTable.FIRSTNAME.definition())
        .isEqualTo(ColumnDef.of("firstname", ValueType.STRING).withLength(100));
    assertThat(CustomerTable.AGE.isNullable()).isFalse();
    assertThat(CustomerTable.ID.isAutoIncrement()).isTrue();
  }

  @Test
  void indexesAndForeignKeysAreStatedBesideTheColumns() {
    TableDef addresses = AddressTable.INSTANCE.definition();
    assertThat(addresses.columns()).extracting(ColumnDef::name)
        .containsExactly("id", "street", "postcode", "customer_id");
    assertThat(addresses.indexes()).containsExactly(
        new IndexDef("addresses_customer_id_unique", List.of("customer_id"), true));
    assertThat(addresses.foreignKeys()).containsExactly(
        new ForeignKeyDef("addresses_customer_id_fkey", List.of("customer_id"), "customers",
            List.of("id"), ReferentialAction.CASCADE, ReferentialAction.CASCADE));
  }

  @Test
  void withersReplaceOneComponentAndKeepTheOthers() {
    Address address = new Address(7L, "W NORMA ST", "77009", 1L, null);
    Customer jack = new Customer(1L, "Jack", "Davis", 37, address);

    assertThat(CustomerTable.AGE.with(jack, 38))
        .isEqualTo(new Customer(1L, "Jack", "Davis", 38, address));
    assertThat(CustomerTable.ID.with(jack, null))
        .isEqualTo(new Customer(null, "Jack", "Davis", 37, address));
    assertThat(CustomerTable.ADDRESS.withOne(jack, null))
        .isEqualTo(new Customer(1L, "Jack", "Davis", 37, null));

    Tutorial tutorial = Tutorial.of("Joins", "How", true);
    List<Comment> comments = List.of(Comment.of("ok", null));
    assertThat(TutorialTable.COMMENTS.withMany(tutorial, comments).comments())
        .isSameAs(comments);
  }

  @Test
  void associationsFindTheirTablesThroughTheirKeys() {
    assertThat(TutorialTable.COMMENTS.source()).isSameAs(TutorialTable.INSTANCE);
    assertThat(TutorialTable.COMMENTS.target()).isSameAs(CommentTable.INSTANCE);
    assertThat(TutorialTable.COMMENTS.sourceKey()).isSameAs(TutorialTable.ID);
    assertThat(TutorialTable.COMMENTS.targetKey()).isSameAs(CommentTable.TUTORIAL_ID);
    assertThat(TutorialTable.TAGS.target()).isSameAs(TagTable.INSTANCE);
    assertThat(TutorialTable.TAGS.junction())
        .isEqualTo(new Junction("tutorial_tags", "tutorial_id", "tag_id"));
    assertThat(CommentTable.TUTORIAL.target()).isSameAs(TutorialTable.INSTANCE);
    assertThat(CommentTable.TUTORIAL.sourceKey()).isSameAs(CommentTable.TUTORIAL_ID);
    assertThat(CommentTable.TUTORIAL.junction()).isNull();
  }

  @Test
  void theTableDerivesItsKeyAndComponentCountFromItsConstants() {
    assertThat(TutorialTable.INSTANCE.primaryKey()).isSameAs(TutorialTable.ID);
    assertThat(TutorialTable.INSTANCE.componentCount()).isEqualTo(8);
    assertThat(TutorialTable.INSTANCE.columns()).containsExactly(TutorialTable.ID,
        TutorialTable.TITLE, TutorialTable.DESCRIPTION, TutorialTable.PUBLISHED,
        TutorialTable.CREATED_AT, TutorialTable.UPDATED_AT);
    assertThat(TutorialTable.INSTANCE.associations())
        .containsExactly(TutorialTable.COMMENTS, TutorialTable.TAGS);
  }

  @Test
  void componentsAreTheRowsValuesInDeclarationOrderInAFreshArray() {
    Instant at = Instant.parse("2026-12-03T10:00:00Z");
    Tutorial row = new Tutorial(7L, "Joins", null, true, at, at, List.of(), null);
    Object[] components = TutorialTable.INSTANCE.components(row);
    assertThat(components).containsExactly(7L, "Joins", null, true, at, at, List.of(), null);

    components[1] = "Copied";
    assertThat(TutorialTable.INSTANCE.construct(components))
        .isEqualTo(new Tutorial(7L, "Copied", null, true, at, at, List.of(), null));
    assertThat(TutorialTable.INSTANCE.components(row)[1]).isEqualTo("Joins");
  }
}
