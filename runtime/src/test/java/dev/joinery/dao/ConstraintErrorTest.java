package dev.joinery.dao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.joinery.ConstraintViolationException;
import dev.joinery.ForeignKeyConstraintException;
import dev.joinery.NotNullConstraintException;
import dev.joinery.UniqueConstraintException;
import dev.joinery.fixtures.Address;
import dev.joinery.fixtures.AddressDao;
import dev.joinery.fixtures.Comment;
import dev.joinery.fixtures.CommentDao;
import dev.joinery.fixtures.Customer;
import dev.joinery.fixtures.CustomerDao;
import dev.joinery.fixtures.Tag;
import dev.joinery.fixtures.TagDao;
import dev.joinery.fixtures.TutorialDao;
import dev.joinery.fixtures.TutorialTable;
import dev.joinery.fixtures.Tutorial;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/** Constraint violations reported by the database become typed exceptions naming table and column. */
class ConstraintErrorTest {
  @BeforeEach
  void setUp(TestDatabase db) {
    FixtureDb.createSchema(db);
  }

  @DatabaseTest
  void uniqueViolationNamesTableAndColumn(TestDatabase db) {
    TagDao tags = db.jdbi().onDemand(TagDao.class);
    tags.create(Tag.of("java"));

    assertThatThrownBy(() -> tags.create(Tag.of("java")))
        .isInstanceOfSatisfying(UniqueConstraintException.class, e -> {
          assertThat(e).hasMessage("Unique constraint violated on tags.name (value already exists)");
          assertThat(e.table()).isEqualTo("tags");
          assertThat(e.column()).isEqualTo("name");
        });
    assertThatThrownBy(() -> tags.bulkCreate(List.of(Tag.of("sql"), Tag.of("java"))))
        .isInstanceOf(UniqueConstraintException.class)
        .hasMessage("Unique constraint violated on tags.name (value already exists)");
    assertThat(FixtureDb.rowCount(db, "tags")).as("the batch rolled back").isEqualTo(1);
  }

  @DatabaseTest
  void uniqueIndexOnAForeignKeyIsNamed(TestDatabase db) {
    Customer ada = db.jdbi().onDemand(CustomerDao.class)
        .create(new Customer(null, "Ada", "Lovelace", 36, null));
    AddressDao addresses = db.jdbi().onDemand(AddressDao.class);
    addresses.create(new Address(null, "Main St", "1000", ada.id(), null));

    assertThatThrownBy(() -> addresses.create(new Address(null, "Side St", "2000", ada.id(), null)))
        .isInstanceOf(UniqueConstraintException.class)
        .hasMessage("Unique constraint violated on addresses.customer_id (value already exists)");
  }

  @DatabaseTest
  void primaryKeyViolationNamesTheKey(TestDatabase db) {
    TagDao tags = db.jdbi().onDemand(TagDao.class);
    Tag java = tags.create(Tag.of("java"));

    assertThatThrownBy(() -> tags.create(new Tag(java.id(), "sql", null)))
        .isInstanceOfSatisfying(UniqueConstraintException.class,
            e -> assertThat(e.column()).isEqualTo("id"));
  }

  @DatabaseTest
  void foreignKeyViolationNamesTheReferencingColumn(TestDatabase db) {
    CommentDao comments = db.jdbi().onDemand(CommentDao.class);

    assertThatThrownBy(() -> comments.create(new Comment(null, "ann", null, null, 4242L, null)))
        .isInstanceOfSatisfying(ForeignKeyConstraintException.class, e -> {
          assertThat(e).hasMessage("Foreign key constraint violated on comments.tutorial_id"
              + " (the referenced row does not exist)");
          assertThat(e.column()).isEqualTo("tutorial_id");
        });
  }

  @DatabaseTest
  void notNullViolationNamesTheColumn(TestDatabase db) {
    TutorialDao tutorials = db.jdbi().onDemand(TutorialDao.class);
    tutorials.create(Tutorial.of("Joins", null, true));

    assertThatThrownBy(() -> tutorials.update(List.of(TutorialTable.TITLE.set(null)), null))
        .isInstanceOfSatisfying(NotNullConstraintException.class, e -> {
          assertThat(e).hasMessage("Not-null constraint violated on tutorials.title (no value given)");
          assertThat(e).isInstanceOf(ConstraintViolationException.class);
        });
  }
}
