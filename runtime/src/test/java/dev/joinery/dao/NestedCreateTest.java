package dev.joinery.dao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.joinery.ForeignKeyConstraintException;
import dev.joinery.UniqueConstraintException;
import dev.joinery.ValidationException;
import dev.joinery.fixtures.Address;
import dev.joinery.fixtures.AddressDao;
import dev.joinery.fixtures.AddressTable;
import dev.joinery.fixtures.Comment;
import dev.joinery.fixtures.Customer;
import dev.joinery.fixtures.CustomerDao;
import dev.joinery.fixtures.CustomerTable;
import dev.joinery.fixtures.Tag;
import dev.joinery.fixtures.TagDao;
import dev.joinery.fixtures.Tutorial;
import dev.joinery.fixtures.TutorialDao;
import dev.joinery.fixtures.TutorialTable;
import dev.joinery.query.Query;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.TestDatabase;
import dev.joinery.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/** Sequelize's create(values, {include}) for every association kind, and its failures. */
class NestedCreateTest {
  private TestDatabase db;
  private CustomerDao customers;
  private TutorialDao tutorials;

  @BeforeEach
  void setUp(TestDatabase db) {
    this.db = db;
    FixtureDb.createSchema(db);
    customers = db.jdbi().onDemand(CustomerDao.class);
    tutorials = db.jdbi().onDemand(TutorialDao.class);
  }

  private static Tutorial tutorial(String title, List<Comment> comments, List<Tag> tags) {
    return new Tutorial(null, title, null, true, null, null, comments, tags);
  }

  @DatabaseTest
  void hasOneSavesTheChildWithItsForeignKey(TestDatabase db) {
    Customer created = customers.create(
        new Customer(null, "Ada", "Lovelace", 36, new Address(null, "Main St", "1000", null, null)),
        CustomerTable.ADDRESS);

    assertThat(db.counter().count()).isEqualTo(2);
    assertThat(created.id()).isNotNull();
    assertThat(created.address().id()).isNotNull();
    assertThat(created.address().customerId()).isEqualTo(created.id());
    assertThat(customers.findByPk(created.id(), Query.include(CustomerTable.ADDRESS)))
        .contains(created);
  }

  @DatabaseTest
  void belongsToSavesTheParentFirst(TestDatabase db) {
    AddressDao addresses = db.jdbi().onDemand(AddressDao.class);
    Address created = addresses.create(new Address(null, "Main St", "1000", null,
        new Customer(null, "Ada", "Lovelace", 36, null)), AddressTable.CUSTOMER);

    assertThat(db.counter().count()).isEqualTo(2);
    assertThat(db.counter().statements().get(0)).contains("customers");
    assertThat(created.customer().id()).isNotNull();
    assertThat(created.customerId()).isEqualTo(created.customer().id());
    assertThat(addresses.findByPk(created.id(), Query.include(AddressTable.CUSTOMER)))
        .contains(created);
  }

  @DatabaseTest
  void hasManySavesTheChildrenInOneBatch(TestDatabase db) {
    Tutorial created = tutorials.create(tutorial("Joins",
        List.of(Comment.of("ann", "nice"), Comment.of("bob", "meh"), Comment.of("cy", "ok")),
        null), TutorialTable.COMMENTS);

    assertThat(db.counter().count()).isEqualTo(2);
    assertThat(created.comments()).extracting(Comment::name).containsExactly("ann", "bob", "cy");
    assertThat(created.comments()).allSatisfy(c -> {
      assertThat(c.id()).isNotNull();
      assertThat(c.tutorialId()).isEqualTo(created.id());
      assertThat(c.createdAt()).isEqualTo(created.createdAt());
    });
    assertThat(created.tags()).isNull();
    assertThat(FixtureDb.column(db, "SELECT \"tutorial_id\" FROM \"comments\""))
        .containsOnly(created.id().toString()).hasSize(3);
  }

  @DatabaseTest
  void belongsToManyCreatesNewTargetsAndLinksExistingOnes(TestDatabase db) {
    Tag java = db.jdbi().onDemand(TagDao.class).create(Tag.of("java"));
    db.counter().reset();

    Tutorial created = tutorials.create(tutorial("Records", null,
        List.of(java, Tag.of("jdbc"), Tag.of("orm"))), TutorialTable.TAGS);

    assertThat(db.counter().count()).as("tutorial, new tags, junction rows").isEqualTo(3);
    assertThat(created.tags()).extracting(Tag::name).containsExactly("java", "jdbc", "orm");
    assertThat(created.tags()).extracting(Tag::id).doesNotContainNull();
    assertThat(created.tags().get(0)).isEqualTo(java);
    assertThat(FixtureDb.rowCount(db, "tags")).isEqualTo(3);
    assertThat(FixtureDb.column(db, "SELECT \"tag_id\" FROM \"tutorial_tags\" ORDER BY \"tag_id\""))
        .containsExactly(created.tags().stream().map(t -> t.id().toString()).toArray(String[]::new));
    assertThat(tutorials.findByPk(created.id(), Query.include(TutorialTable.TAGS))
        .orElseThrow().tags()).hasSize(3);
  }

  @DatabaseTest
  void aWholeTreeComesBackWithKeysAndTimestamps(TestDatabase db) {
    Tutorial created = tutorials.create(tutorial("Joins",
        List.of(Comment.of("ann", "nice")), List.of(Tag.of("sql"))),
        List.of(TutorialTable.COMMENTS.include(), TutorialTable.TAGS.include()));

    assertThat(db.counter().count()).isEqualTo(4);
    assertThat(created.createdAt()).isNotNull();
    assertThat(created.comments().get(0).tutorialId()).isEqualTo(created.id());
    assertThat(created.tags().get(0).id()).isNotNull();
    Tutorial loaded = tutorials.findByPk(created.id(), Query.<Tutorial>include(TutorialTable.COMMENTS)
        .with(TutorialTable.TAGS)).orElseThrow();
    assertThat(loaded).isEqualTo(created);
  }

  @DatabaseTest
  void aFailureInTheMiddleLeavesNoRowBehind(TestDatabase db) {
    Tutorial doomed = tutorial("Joins", List.of(Comment.of("ann", "nice")),
        List.of(Tag.of("dup"), Tag.of("dup")));

    assertThatThrownBy(() -> tutorials.create(doomed,
            List.of(TutorialTable.COMMENTS.include(), TutorialTable.TAGS.include())))
        .isInstanceOf(UniqueConstraintException.class)
        .hasMessage("Unique constraint violated on tags.name (value already exists)"
            + " while saving tutorials.tags");

    assertThat(db.counter().count()).as("tutorial, comments, failed tags").isEqualTo(3);
    for (String table : List.of("tutorials", "comments", "tags", "tutorial_tags")) {
      assertThat(FixtureDb.rowCount(db, table)).as(table).isZero();
    }
  }

  /** Moving the identity past an explicit key (DDL on H2) must not commit the create halfway. */
  @DatabaseTest
  void aFailureAfterAnExplicitKeyLeavesNoRowBehind(TestDatabase db) {
    customers.create(new Customer(null, "Alan", "Turing", 41,
        new Address(7L, "Main St", "1000", null, null)), CustomerTable.ADDRESS);
    Customer doomed = new Customer(500L, "Ada", "Lovelace", 36,
        new Address(7L, "High St", "2000", null, null));

    assertThatThrownBy(() -> customers.create(doomed, CustomerTable.ADDRESS))
        .isInstanceOf(UniqueConstraintException.class);

    assertThat(FixtureDb.column(db, "SELECT \"firstname\" FROM \"customers\""))
        .containsExactly("Alan");
    assertThat(FixtureDb.column(db, "SELECT \"street\" FROM \"addresses\""))
        .containsExactly("Main St");
  }

  @DatabaseTest
  void aMissingExistingTargetFailsOnTheJunctionAndRollsBack(TestDatabase db) {
    Tag ghost = new Tag(987_654L, "ghost", null);

    assertThatThrownBy(() -> tutorials.create(tutorial("Joins", null, List.of(ghost)),
            TutorialTable.TAGS))
        .isInstanceOf(ForeignKeyConstraintException.class)
        .hasMessage("Foreign key constraint violated on tutorial_tags.tag_id"
            + " (the referenced row does not exist) while saving tutorials.tags");
    assertThat(FixtureDb.rowCount(db, "tutorials")).isZero();
  }

  @DatabaseTest
  void validationReportsEveryViolationOfTheTreeBeforeAnySql(TestDatabase db) {
    Tutorial invalid = tutorial(null,
        List.of(Comment.of(null, "x"), Comment.of("n".repeat(101), "y")),
        List.of(Tag.of("t".repeat(51))));

    assertThatThrownBy(() -> tutorials.create(invalid,
            List.of(TutorialTable.COMMENTS.include(), TutorialTable.TAGS.include())))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.violations()).extracting(Violation::message).containsExactly(
              "tutorials.title cannot be null",
              "comments.name cannot be null",
              "comments.name must be at most 100 characters long (was 101)",
              "tags.name must be at most 50 characters long (was 51)");
          assertThat(e).hasMessageStartingWith("Validation failed: tutorials.title cannot be null; ");
          assertThat(e.table()).isEqualTo("tutorials");
          assertThat(e.column()).as("several columns broke rules").isNull();
        });
    assertThat(db.counter().count()).isZero();

    assertThatThrownBy(() -> customers.bulkCreate(List.of(
            new Customer(null, "x".repeat(101), null, 1, null),
            new Customer(null, "ok", "y".repeat(256), 2, null))))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.violations()).extracting(Violation::column)
              .containsExactly("firstname", "lastname");
          assertThat(e.table()).isEqualTo("customers");
        });
    assertThat(db.counter().count()).isZero();
    assertThat(FixtureDb.rowCount(db, "customers")).isZero();
  }
}
