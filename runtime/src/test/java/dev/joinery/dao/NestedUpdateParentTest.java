package dev.joinery.dao;

import static org.assertj.core.api.Assertions.assertThat;

import dev.joinery.fixtures.Comment;
import dev.joinery.fixtures.CommentDao;
import dev.joinery.fixtures.CommentTable;
import dev.joinery.fixtures.Tutorial;
import dev.joinery.fixtures.TutorialDao;
import dev.joinery.query.Query;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.TestDatabase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;

/**
 * Nested update through a belongsTo ({@code Comment.tutorial}): the parent is a shared row,
 * referenced. One with a key is pointed at and never written; one without a key is inserted
 * before the child, whose foreign key is set to it. The statements are counted and the rows read
 * back from the database.
 */
class NestedUpdateParentTest {
  private TestDatabase db;
  private TutorialDao tutorials;
  private CommentDao comments;
  private Tutorial joins;
  private Tutorial views;
  private Comment ann;

  @BeforeEach
  void seed(TestDatabase db) {
    this.db = db;
    FixtureDb.createSchema(db);
    tutorials = db.jdbi().onDemand(TutorialDao.class);
    comments = db.jdbi().onDemand(CommentDao.class);
    joins = tutorials.create(Tutorial.of("Joins", "inner and outer", true));
    views = tutorials.create(Tutorial.of("Views", "stored queries", false));
    ann = comments.create(new Comment(null, "ann", "nice", null, joins.id(), null));
    db.counter().reset();
  }

  private List<String> statements() {
    return db.counter().statements();
  }

  private Comment reread(Comment comment) {
    return comments.findByPk(comment.id(), Query.include(CommentTable.TUTORIAL)).orElseThrow();
  }

  private List<Map<String, Object>> commentRows() {
    return FixtureDb.rows(db, "SELECT \"name\", \"text\", \"tutorial_id\" FROM \"comments\""
        + " ORDER BY \"id\"");
  }

  private List<Map<String, Object>> tutorialRows() {
    return FixtureDb.rows(db, "SELECT \"id\", \"title\" FROM \"tutorials\" ORDER BY \"id\"");
  }

  @DatabaseTest
  void aParentWithAKeyIsPointedAt(TestDatabase db) {
    Comment saved = comments.update(withTutorial(ann, "nice", views), CommentTable.TUTORIAL);

    assertThat(statements()).as("read (the tutorial joined), update the comment").hasSize(2);
    assertThat(statements().get(1)).startsWith("UPDATE").contains("comments");
    assertThat(commentRows()).containsExactly(
        row("name", "ann", "text", "nice", "tutorial_id", views.id()));
    assertThat(tutorialRows()).as("both stay as they were").containsExactly(
        row("id", joins.id(), "title", "Joins"), row("id", views.id(), "title", "Views"));
    assertThat(saved.tutorialId()).isEqualTo(views.id());
    assertThat(saved.tutorial()).isEqualTo(views);
    assertThat(saved).isEqualTo(reread(ann));
  }

  @DatabaseTest
  void aParentWithoutAKeyIsInsertedBeforeTheChild(TestDatabase db) {
    Comment saved = comments.update(
        withTutorial(ann, "nicer", Tutorial.of("Records", null, true)), CommentTable.TUTORIAL);

    assertThat(statements()).as("read, insert the tutorial, update the comment (text and key)")
        .hasSize(3);
    assertThat(statements().get(1)).startsWith("INSERT").contains("tutorials");
    assertThat(statements().get(2)).startsWith("UPDATE").contains("comments");
    Long records = saved.tutorial().id();
    assertThat(records).isNotNull().isNotIn(joins.id(), views.id());
    assertThat(tutorialRows()).as("the old parent is shared: it stays").containsExactly(
        row("id", joins.id(), "title", "Joins"), row("id", views.id(), "title", "Views"),
        row("id", records, "title", "Records"));
    assertThat(commentRows()).containsExactly(
        row("name", "ann", "text", "nicer", "tutorial_id", records));
    assertThat(saved.tutorialId()).isEqualTo(records);
    assertThat(saved.tutorial().createdAt()).isNotNull();
    assertThat(saved).isEqualTo(reread(ann));
  }

  @DatabaseTest
  void aParentsColumnsAreNeverWritten(TestDatabase db) {
    Tutorial renamed = new Tutorial(joins.id(), "Joins, renamed", null, false, null, null, null,
        null);

    Comment same = comments.update(withTutorial(ann, "nice", renamed), CommentTable.TUTORIAL);

    assertThat(statements()).as("the read only: the parent is pointed at as it is").hasSize(1);
    assertThat(same.tutorial()).as("the stored parent").isEqualTo(joins);

    db.counter().reset();
    Tutorial viewsRenamed = new Tutorial(views.id(), "Views, renamed", null, true, null, null,
        null, null);
    Comment moved = comments.update(withTutorial(ann, "nice", viewsRenamed),
        CommentTable.TUTORIAL);

    assertThat(statements()).as("read, update the comment's key; not the tutorial").hasSize(2);
    assertThat(statements().get(1)).startsWith("UPDATE").contains("comments");
    assertThat(tutorialRows()).containsExactly(
        row("id", joins.id(), "title", "Joins"), row("id", views.id(), "title", "Views"));
    assertThat(tutorials.findByPk(views.id()).orElseThrow()).isEqualTo(views);
    assertThat(commentRows()).containsExactly(
        row("name", "ann", "text", "nice", "tutorial_id", views.id()));
    assertThat(moved.tutorial()).as("a parent pointed at anew comes back as given, not read")
        .isEqualTo(viewsRenamed);
    assertThat(reread(ann).tutorial()).isEqualTo(views);
  }

  @DatabaseTest
  void anUnchangedParentCostsNoStatement(TestDatabase db) {
    Comment stored = reread(ann);
    db.counter().reset();

    Comment same = comments.update(stored, CommentTable.TUTORIAL);

    assertThat(statements()).as("the read only").hasSize(1)
        .allMatch(sql -> sql.startsWith("SELECT"));
    assertThat(same).isEqualTo(stored);

    db.counter().reset();
    Comment notGiven = comments.update(withTutorial(ann, "nice", null), CommentTable.TUTORIAL);

    assertThat(statements()).as("null: not given, left as stored").hasSize(1);
    assertThat(notGiven).isEqualTo(stored);
    assertThat(commentRows()).containsExactly(
        row("name", "ann", "text", "nice", "tutorial_id", joins.id()));
  }

  /** {@code comment} with another text and tutorial; its own foreign key left as it was. */
  private static Comment withTutorial(Comment comment, String text, Tutorial tutorial) {
    return new Comment(comment.id(), comment.name(), text, comment.createdAt(),
        comment.tutorialId(), tutorial);
  }

  /** A row as {@link FixtureDb#rows} reads it; values may be null. */
  private static Map<String, Object> row(Object... namesAndValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      row.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return row;
  }
}
