package dev.joinery.dao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.joinery.InvalidQueryException;
import dev.joinery.RowNotFoundException;
import dev.joinery.UniqueConstraintException;
import dev.joinery.UnsavedRowException;
import dev.joinery.ValidationException;
import dev.joinery.fixtures.Address;
import dev.joinery.fixtures.Comment;
import dev.joinery.fixtures.CommentTable;
import dev.joinery.fixtures.Customer;
import dev.joinery.fixtures.CustomerDao;
import dev.joinery.fixtures.CustomerTable;
import dev.joinery.fixtures.Tag;
import dev.joinery.fixtures.TagDao;
import dev.joinery.fixtures.Task;
import dev.joinery.fixtures.Tutorial;
import dev.joinery.fixtures.TutorialDao;
import dev.joinery.fixtures.TutorialTable;
import dev.joinery.fixtures.User;
import dev.joinery.fixtures.UserDao;
import dev.joinery.fixtures.UserTable;
import dev.joinery.query.Include;
import dev.joinery.query.Query;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.TestDatabase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;

/**
 * Nested update, {@code update(row, includes)}: only the differences from the stored tree are
 * written, each kind of change of one level in one statement; the statements are counted and the
 * rows read back from the database.
 */
class NestedUpdateTest {
  private static final List<Include<Tutorial, ?>> COMMENTS_AND_TAGS =
      List.of(TutorialTable.COMMENTS.include(), TutorialTable.TAGS.include());

  private TestDatabase db;
  private TutorialDao tutorials;
  private TagDao tags;
  private Tutorial joins;

  @BeforeEach
  void seed(TestDatabase db) {
    this.db = db;
    FixtureDb.createSchema(db);
    tutorials = db.jdbi().onDemand(TutorialDao.class);
    tags = db.jdbi().onDemand(TagDao.class);
    joins = tutorials.create(new Tutorial(null, "Joins", "inner and outer", true, null, null,
        List.of(Comment.of("ann", "nice"), Comment.of("bob", "meh"), Comment.of("cy", "ok")),
        List.of(Tag.of("sql"), Tag.of("java"))), COMMENTS_AND_TAGS);
    reset();
  }

  private void reset() {
    db.counter().reset();
    db.roundTrips().reset();
  }

  private List<String> statements() {
    return db.counter().statements();
  }

  /** The stored tree, its tags by key (an include without an order comes in any order). */
  private Tutorial reread(Tutorial tutorial) {
    Tutorial stored = tutorials.findByPk(tutorial.id(),
        Query.<Tutorial>include(TutorialTable.COMMENTS).with(TutorialTable.TAGS)).orElseThrow();
    return tutorial(stored, stored.title(), stored.comments(), stored.tags().stream()
        .sorted(Comparator.comparing(Tag::id)).toList());
  }

  private List<Map<String, Object>> comments() {
    return FixtureDb.rows(db, "SELECT \"name\", \"text\", \"tutorial_id\" FROM \"comments\""
        + " ORDER BY \"id\"");
  }

  private static Comment withText(Comment comment, String text) {
    return new Comment(comment.id(), comment.name(), text, comment.createdAt(),
        comment.tutorialId(), null);
  }

  @DatabaseTest
  void anUnchangedTreeCostsOnlyTheReadOfTheStoredOne(TestDatabase db) {
    Tutorial same = tutorials.update(joins, COMMENTS_AND_TAGS);

    assertThat(statements()).as("the stored tree: comments joined, tags by IN").hasSize(2)
        .allMatch(sql -> sql.startsWith("SELECT"));
    assertThat(same).isEqualTo(joins);
    assertThat(reread(joins)).isEqualTo(joins);
  }

  @DatabaseTest
  void changedColumnsAreOneStatementPerLevel(TestDatabase db) {
    List<Comment> comments = new ArrayList<>(joins.comments());
    comments.set(0, withText(comments.get(0), "great"));
    comments.set(2, withText(comments.get(2), "fine"));
    Tutorial edited = new Tutorial(joins.id(), "Joins, revised", joins.description(), true,
        null, null, comments, null);

    Tutorial saved = tutorials.update(edited, TutorialTable.COMMENTS);

    assertThat(statements()).as("read, the tutorial, one batch of two comments").hasSize(3);
    assertThat(statements().get(1)).startsWith("UPDATE").contains("tutorials");
    assertThat(statements().get(2)).startsWith("UPDATE").contains("comments");
    assertThat(db.roundTrips().trips()).as("the three, in one transaction").hasSize(6);
    assertThat(comments()).extracting(row -> row.get("text"))
        .containsExactly("great", "meh", "fine");
    assertThat(saved.title()).isEqualTo("Joins, revised");
    assertThat(saved.createdAt()).as("the stored createdAt").isEqualTo(joins.createdAt());
    assertThat(saved.updatedAt()).isAfterOrEqualTo(joins.updatedAt());
    assertThat(saved.tags()).as("not included: as given").isNull();
    assertThat(saved.comments()).isEqualTo(reread(joins).comments());
    Tutorial stored = reread(joins);
    assertThat(saved).isEqualTo(tutorial(stored, stored.title(), stored.comments(), null));
  }

  @DatabaseTest
  void newChildrenAreInsertedAndMissingOnesDetachedByTheirRule(TestDatabase db) {
    Comment bob = joins.comments().get(1);
    Tutorial edited = tutorial(joins, joins.title(),
        List.of(withText(bob, "better"), Comment.of("dee", "new")), joins.tags());

    Tutorial saved = tutorials.update(edited, TutorialTable.COMMENTS);

    assertThat(statements()).as("read, detach ann and cy, update bob, insert dee").hasSize(4);
    assertThat(statements().get(1)).startsWith("UPDATE").contains("tutorial_id").contains("IN");
    assertThat(comments()).containsExactly(
        row("name", "ann", "text", "nice", "tutorial_id", null),
        row("name", "bob", "text", "better", "tutorial_id", joins.id()),
        row("name", "cy", "text", "ok", "tutorial_id", null),
        row("name", "dee", "text", "new", "tutorial_id", joins.id()));
    assertThat(saved.comments()).extracting(Comment::name).containsExactly("bob", "dee");
    assertThat(saved.comments()).allMatch(c -> c.id() != null
        && joins.id().equals(c.tutorialId()));
    assertThat(saved.updatedAt()).as("the tutorial's own columns did not change")
        .isEqualTo(joins.updatedAt());
    assertThat(saved.comments()).isEqualTo(reread(joins).comments());
  }

  @DatabaseTest
  void anEmptyListRemovesEveryChildAndNullLeavesThemAsStored(TestDatabase db) {
    Tutorial untouched = tutorials.update(tutorial(joins, "Joins 2", null, joins.tags()),
        TutorialTable.COMMENTS);

    assertThat(statements()).as("read, the tutorial").hasSize(2);
    assertThat(untouched.comments()).as("the stored comments").isEqualTo(joins.comments());

    reset();
    Tutorial emptied = tutorials.update(tutorial(joins, "Joins 2", List.of(), joins.tags()), TutorialTable.COMMENTS);

    assertThat(statements()).as("read, detach all three").hasSize(2);
    assertThat(emptied.comments()).isEmpty();
    assertThat(comments()).extracting(row -> row.get("tutorial_id")).containsOnlyNulls();
  }

  @DatabaseTest
  void belongsToManyLinksAreAddedAndRemovedAndNewTargetsCreated(TestDatabase db) {
    Tag orm = tags.create(Tag.of("orm"));
    Tag java = joins.tags().get(1);
    reset();

    Tutorial saved = tutorials.update(
        tutorial(joins, joins.title(), joins.comments(),
            List.of(java, orm, Tag.of("jdbc"))), TutorialTable.TAGS);

    assertThat(statements()).as("read, unlink sql, insert jdbc, link orm and jdbc").hasSize(4);
    assertThat(saved.tags()).extracting(Tag::name).containsExactly("java", "orm", "jdbc");
    assertThat(FixtureDb.column(db, "SELECT t.\"name\" FROM \"tutorial_tags\" j JOIN \"tags\" t"
        + " ON t.\"id\" = j.\"tag_id\" ORDER BY t.\"name\""))
        .containsExactly("java", "jdbc", "orm");
    assertThat(FixtureDb.rowCount(db, "tags")).as("sql is unlinked, not deleted").isEqualTo(4);
    assertThat(reread(joins).tags()).extracting(Tag::name)
        .containsExactlyInAnyOrder("java", "orm", "jdbc");
  }

  @DatabaseTest
  void aHasOneChildIsUpdatedInPlaceOrReplaced(TestDatabase db) {
    CustomerDao customers = db.jdbi().onDemand(CustomerDao.class);
    Customer ada = customers.create(new Customer(null, "Ada", "Lovelace", 36,
        new Address(null, "Main St", "1000", null, null)), CustomerTable.ADDRESS);
    reset();

    Address moved = new Address(ada.address().id(), "High St", "1000", null, null);
    Customer inPlace = customers.update(withAddress(ada, moved), CustomerTable.ADDRESS);

    assertThat(statements()).as("read (joined), update the address").hasSize(2);
    assertThat(inPlace.address()).isEqualTo(new Address(ada.address().id(), "High St", "1000",
        ada.id(), null));

    reset();
    Customer replaced = customers.update(
        withAddress(ada, new Address(null, "Low St", "2000", null, null)), CustomerTable.ADDRESS);

    assertThat(statements()).as("read, detach the old (unique key freed), insert the new")
        .hasSize(3);
    assertThat(FixtureDb.rows(db, "SELECT \"street\", \"customer_id\" FROM \"addresses\""
        + " ORDER BY \"id\"")).containsExactly(
            row("street", "High St", "customer_id", null),
            row("street", "Low St", "customer_id", ada.id()));
    assertThat(customers.getAddress(ada)).isEqualTo(replaced.address());
  }

  @DatabaseTest
  void aReplacedChildOfANotNullForeignKeyIsDeleted(TestDatabase db) {
    UserDao users = db.jdbi().onDemand(UserDao.class);
    User ada = users.create(new User(null, "Ada", null, null, null, Task.of("count")),
        UserTable.TASK);
    reset();

    User saved = users.update(new User(ada.id(), "Ada", null, null, null, Task.of("compute")),
        UserTable.TASK);

    assertThat(statements()).as("read, delete the old task, insert the new").hasSize(3);
    assertThat(statements().get(1)).startsWith("DELETE");
    assertThat(FixtureDb.column(db, "SELECT \"title\" FROM \"tasks\"")).containsExactly("compute");
    assertThat(saved.task().taskOwner()).isEqualTo("Ada");
  }

  @DatabaseTest
  void aChildOfAnotherRowIsRefusedBeforeAnyWrite(TestDatabase db) {
    Tutorial views = tutorials.create(Tutorial.of("Views", null, true));
    reset();

    assertThatThrownBy(() -> tutorials.update(
            tutorial(views, "Views 2", List.of(joins.comments().get(0)), null),
            TutorialTable.COMMENTS))
        .isInstanceOf(RowNotFoundException.class)
        .hasMessage("Cannot update tutorials.comments of the tutorials row with id = "
            + views.id() + ": the comments row with id = " + joins.comments().get(0).id()
            + " is not one of them (it belongs to another row, or was deleted); leave its key"
            + " out to create a new one, or move it with the association's add mixin first");

    assertThat(statements()).as("the read only").hasSize(1);
    assertThat(comments()).extracting(row -> row.get("tutorial_id")).containsOnly(joins.id());
    assertThat(FixtureDb.column(db, "SELECT \"title\" FROM \"tutorials\" ORDER BY \"id\""))
        .containsExactly("Joins", "Views");
  }

  @DatabaseTest
  void aFailureRollsBackEveryWriteOfTheTree(TestDatabase db) {
    Tutorial doomed = tutorial(joins, "Joins 2", List.of(Comment.of("eve", "new")),
        List.of(Tag.of("dup"), Tag.of("dup")));

    assertThatThrownBy(() -> tutorials.update(doomed, COMMENTS_AND_TAGS))
        .isInstanceOf(UniqueConstraintException.class);

    assertThat(reread(joins)).isEqualTo(joins);
    assertThat(FixtureDb.rowCount(db, "tags")).isEqualTo(2);
  }

  @DatabaseTest
  void misuseIsRefusedBeforeAnySql(TestDatabase db) {
    assertThatThrownBy(() -> tutorials.update(new Tutorial(null, "Joins", null, true, null, null,
            List.of(), null), TutorialTable.COMMENTS))
        .isInstanceOf(UnsavedRowException.class)
        .hasMessage("Cannot update a tutorials row without its tutorials.id (create it first)");
    assertThatThrownBy(() -> tutorials.update(joins, List.of(TutorialTable.COMMENTS.include()
            .where(CommentTable.NAME.eq("ann")))))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("update(row, includes) takes the associations to save only; the include of"
            + " tutorials.comments has options (attributes, where, required, order, limit,"
            + " throughWhere or throughAttributes): pass tutorials.comments without them");
    assertThatThrownBy(() -> tutorials.update(joins, List.of(TutorialTable.COMMENTS.include()
            .include(CommentTable.TUTORIAL))))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("update(row, includes) cannot save comments.tutorial under"
            + " tutorials.comments: it leads back to the tutorials row being updated, whose key"
            + " every child takes; leave comments.tutorial out (move a child with its own"
            + " update)");
    assertThatThrownBy(() -> tutorials.update(
            tutorial(joins, "Joins", List.of(Comment.of(null, "x")), null), TutorialTable.COMMENTS))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Validation failed: comments.name cannot be null");
    assertThat(statements()).isEmpty();
  }

  /** {@code tutorial} with another title, comments and tags. */
  private static Tutorial tutorial(Tutorial tutorial, String title, List<Comment> comments,
      List<Tag> tags) {
    return new Tutorial(tutorial.id(), title, tutorial.description(), tutorial.published(),
        tutorial.createdAt(), tutorial.updatedAt(), comments, tags);
  }

  /** A row as {@link FixtureDb#rows} reads it; values may be null. */
  private static Map<String, Object> row(Object... namesAndValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      row.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return row;
  }

  private static Customer withAddress(Customer customer, Address address) {
    return new Customer(customer.id(), customer.firstname(), customer.lastname(), customer.age(),
        address);
  }
}
