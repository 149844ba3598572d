package dev.joinery.dao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.joinery.InvalidQueryException;
import dev.joinery.ValidationException;
import dev.joinery.fixtures.Comment;
import dev.joinery.fixtures.CommentDao;
import dev.joinery.fixtures.CommentTable;
import dev.joinery.fixtures.CustomerDao;
import dev.joinery.fixtures.CustomerTable;
import dev.joinery.fixtures.Tutorial;
import dev.joinery.fixtures.TutorialDao;
import dev.joinery.fixtures.TutorialTable;
import dev.joinery.query.Query;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.TestDatabase;
import dev.joinery.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/**
 * What a column can hold is checked before any SQL, alike on every database: a TEXT column of no
 * length holds MySQL's 65,535 bytes of UTF-8 (MariaDB refuses more as "Data too long", H2 and
 * PostgreSQL would take it), and a find that selects no column is refused rather than sent.
 */
class ColumnCapacityTest {
  /** 21,845 three-byte characters: exactly 65,535 bytes of UTF-8. */
  private static final String FULL_TEXT = "€".repeat(21_845);

  private TestDatabase db;
  private CommentDao comments;

  @BeforeEach
  void setUp(TestDatabase db) {
    this.db = db;
    FixtureDb.createSchema(db);
    comments = db.jdbi().onDemand(CommentDao.class);
  }

  @DatabaseTest
  void textOfExactlyItsBytesIsStoredWhole(TestDatabase db) {
    Comment created = comments.create(Comment.of("ann", FULL_TEXT));

    assertThat(comments.findByPk(created.id()).orElseThrow().text()).isEqualTo(FULL_TEXT);
  }

  @DatabaseTest
  void textOverItsBytesIsAValidationErrorBeforeAnySql(TestDatabase db) {
    // 16,384 emoji are 32,768 UTF-16 units but 65,536 bytes: one too many.
    String emoji = "\uD83D\uDE00".repeat(16_384);
    db.counter().reset();

    assertThatThrownBy(() -> comments.create(Comment.of("ann", emoji)))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.table()).isEqualTo("comments");
          assertThat(e.column()).isEqualTo("text");
          assertThat(e.violations()).extracting(Violation::message).containsExactly(
              "comments.text must be at most 65535 bytes long in UTF-8 (was 65536);"
                  + " @Column(text = true, length = …) makes room for more characters");
        });
    assertThatThrownBy(() -> comments.create(Comment.of("ann", "x".repeat(65_536))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("(was 65536)");
    assertThat(db.counter().count()).isZero();
    assertThat(FixtureDb.rowCount(db, "comments")).isZero();
  }

  @DatabaseTest
  void nestedCreateWithATooLongChildWritesNothing(TestDatabase db) {
    TutorialDao tutorials = db.jdbi().onDemand(TutorialDao.class);
    Tutorial tutorial = new Tutorial(null, "Joins", null, true, null, null,
        List.of(Comment.of("ann", "fine"), Comment.of("bob", FULL_TEXT + "x")), null);
    db.counter().reset();

    assertThatThrownBy(() -> tutorials.create(tutorial, TutorialTable.COMMENTS))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.table()).isEqualTo("comments");
          assertThat(e.column()).isEqualTo("text");
        });
    assertThat(db.counter().count()).isZero();
    assertThat(FixtureDb.rowCount(db, "tutorials")).isZero();
    assertThat(FixtureDb.rowCount(db, "comments")).isZero();
  }

  @DatabaseTest
  void updateOverTheLimitLeavesTheRowAsItWas(TestDatabase db) {
    Comment created = comments.create(Comment.of("ann", "short"));

    assertThatThrownBy(() -> comments.update(
        new Comment(created.id(), "ann", FULL_TEXT + "x", created.createdAt(), null, null)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("comments.text");
    assertThatThrownBy(() -> comments.update(
        new Comment(created.id(), "a".repeat(101), "short", created.createdAt(), null, null)))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Validation failed: comments.name must be at most 100 characters long"
            + " (was 101)");
    assertThat(comments.findByPk(created.id()).orElseThrow().text()).isEqualTo("short");
  }

  @DatabaseTest
  void aFindThatExcludesEveryColumnIsRefused(TestDatabase db) {
    CustomerDao customers = db.jdbi().onDemand(CustomerDao.class);
    db.counter().reset();
    Query<dev.joinery.fixtures.Customer> nothing = Query.<dev.joinery.fixtures.Customer>all()
        .exclude(CustomerTable.ID, CustomerTable.FIRSTNAME, CustomerTable.LASTNAME,
            CustomerTable.AGE);

    assertThatThrownBy(() -> customers.findAll(nothing))
        .isInstanceOfSatisfying(InvalidQueryException.class, e -> {
          assertThat(e).hasMessage("A find on customers excludes every column (id, firstname,"
              + " lastname, age), so it would select nothing; exclude fewer, or choose"
              + " attributes(…)");
          assertThat(e.table()).isEqualTo("customers");
        });
    assertThatThrownBy(() -> customers.findAndCountAll(nothing))
        .isInstanceOf(InvalidQueryException.class);
    assertThat(db.counter().count()).isZero();
    // One column fewer excluded is a valid find; an include may exclude all of its own.
    assertThat(customers.findAll(Query.<dev.joinery.fixtures.Customer>all()
        .exclude(CustomerTable.ID, CustomerTable.FIRSTNAME, CustomerTable.LASTNAME)))
        .isEmpty();
    assertThat(comments.findAll(Query.<Comment>all().exclude(CommentTable.ID))).isEmpty();
  }
}
