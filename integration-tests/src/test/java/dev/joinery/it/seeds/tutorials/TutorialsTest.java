package dev.joinery.it.seeds.tutorials;

import static org.assertj.core.api.Assertions.assertThat;

import dev.joinery.dao.Page;
import dev.joinery.it.SeedDb;
import dev.joinery.query.Query;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/**
 * Seed 002's controller through the generated {@link TutorialDao} and {@link CommentDao}:
 * createTutorial, createComment, findTutorialById, findCommentById and findAll, each include
 * costing one statement per to-many level.
 */
class TutorialsTest {
  private TestDatabase db;
  private TutorialDao tutorials;
  private CommentDao comments;
  private Tutorial first;
  private Tutorial second;

  @BeforeEach
  void setUp(TestDatabase db) {
    this.db = db;
    SeedDb.sync(db, "tutorials", "comments");
    tutorials = db.jdbi().onDemand(TutorialDao.class);
    comments = db.jdbi().onDemand(CommentDao.class);
    first = tutorials.create(Tutorial.of("Tut#1", "Tut#1 Description"));
    second = tutorials.create(Tutorial.of("Tut#2", "Tut#2 Description"));
  }

  /** The seed's createComment(tutorialId, comment). */
  private Comment comment(Tutorial tutorial, String name, String text) {
    return comments.create(new Comment(null, name, text, tutorial.id(), null));
  }

  private static Query<Tutorial> withComments() {
    return Query.<Tutorial>include(TutorialTable.COMMENTS.include()
        .orderBy(CommentTable.ID.asc())).orderBy(TutorialTable.ID.asc());
  }

  @DatabaseTest
  void createsTutorialsWithTimestampsAndCommentsPointingAtThem(TestDatabase db) {
    db.counter().reset();
    comment(first, "bezkoder", "Good job!");
    comment(first, "zkoder", "One of the best tuts!");
    Comment third = tutorials.createComment(second, Comment.of("aKoder", "Hi, thank you!"));

    assertThat(db.counter().count()).isEqualTo(3);
    assertThat(third.tutorialId()).isEqualTo(second.id());
    assertThat(first.createdAt()).isNotNull().isEqualTo(first.updatedAt());
    assertThat(SeedDb.lines(db, "SELECT \"title\", \"description\", \"published\" FROM \"tutorials\" ORDER BY \"id\""))
        .containsExactly("Tut#1|Tut#1 Description|false", "Tut#2|Tut#2 Description|false");
    assertThat(SeedDb.lines(db, "SELECT \"name\", \"text\", \"tutorial_id\" FROM \"comments\" ORDER BY \"id\""))
        .containsExactly("bezkoder|Good job!|" + first.id(), "zkoder|One of the best tuts!|" + first.id(),
            "aKoder|Hi, thank you!|" + second.id());
    assertThat(SeedDb.rows(db, "SELECT \"created_at\" FROM \"tutorials\" WHERE \"created_at\" IS NULL")).isEmpty();
  }

  @DatabaseTest
  void findsATutorialByIdWithItsComments(TestDatabase db) {
    Comment good = comment(first, "bezkoder", "Good job!");
    Comment best = comment(first, "zkoder", "One of the best tuts!");
    db.counter().reset();

    Tutorial found = tutorials.findByPk(first.id(), withComments()).orElseThrow();

    assertThat(db.counter().count()).as("one root: its comments are joined in").isEqualTo(1);
    assertThat(found.title()).isEqualTo("Tut#1");
    assertThat(found.comments()).containsExactly(good, best);
    assertThat(found.tags()).as("not included").isNull();
  }

  @DatabaseTest
  void findsACommentByIdWithItsTutorial(TestDatabase db) {
    Comment good = comment(first, "bezkoder", "Good job!");
    db.counter().reset();

    Comment found = comments.findByPk(good.id(), Query.include(CommentTable.TUTORIAL)).orElseThrow();

    assertThat(db.counter().count()).as("a to-one include is a join").isEqualTo(1);
    assertThat(found.name()).isEqualTo("bezkoder");
    assertThat(found.tutorial()).isEqualTo(first);
  }

  @DatabaseTest
  void findAllIncludesCommentsWithOneMoreStatementWhateverTheRows(TestDatabase db) {
    for (int i = 0; i < 5; i++) {
      comment(first, "reader " + i, "comment " + i);
    }
    comment(second, "aKoder", "Hi, thank you!");
    Tutorial third = tutorials.create(Tutorial.of("Tut#3", "no comments yet"));
    db.counter().reset();

    List<Tutorial> found = tutorials.findAll(withComments());

    assertThat(db.counter().count()).isEqualTo(2);
    assertThat(found).extracting(Tutorial::title).containsExactly("Tut#1", "Tut#2", "Tut#3");
    assertThat(found).extracting(t -> t.comments().size()).containsExactly(5, 1, 0);
    assertThat(found.get(2).comments()).as("included, none: an empty list").isEmpty();
    assertThat(found.get(0).comments()).allSatisfy(c -> {
      assertThat(c.tutorialId()).isEqualTo(first.id());
      assertThat(c.tutorial()).isNull();
    });
    assertThat(tutorials.findAll().get(0).comments()).as("not included: null").isNull();
    assertThat(third.id()).isNotNull();
  }

  @DatabaseTest
  void createsATutorialWithItsCommentsInOneCall(TestDatabase db) {
    db.counter().reset();

    Tutorial created = tutorials.create(new Tutorial(null, "Tut#3", "nested", true, null, null,
        List.of(Comment.of("ann", "first!"), Comment.of("bob", "second")), null),
        TutorialTable.COMMENTS);

    assertThat(db.counter().count()).as("the tutorial, then one batch of comments").isEqualTo(2);
    assertThat(created.comments()).allSatisfy(c -> assertThat(c.tutorialId()).isEqualTo(created.id()));
    assertThat(tutorials.findByPk(created.id(), withComments())).contains(created);
    assertThat(tutorials.countComments(created)).isEqualTo(2);
  }

  @DatabaseTest
  void findAndCountAllPagesAndCountsTutorialsNotJoinedComments(TestDatabase db) {
    for (int i = 0; i < 4; i++) {
      comment(first, "reader " + i, "comment " + i);
    }
    tutorials.create(Tutorial.of("Tut#3", "no comments yet"));
    db.counter().reset();

    Page<Tutorial> page = tutorials.findAndCountAll(withComments().limit(2).offset(0));

    assertThat(db.counter().count()).as("count, page, comments").isEqualTo(3);
    assertThat(page.count()).isEqualTo(3);
    assertThat(page.rows()).extracting(Tutorial::title).containsExactly("Tut#1", "Tut#2");
    assertThat(page.rows().get(0).comments()).hasSize(4);
  }
}
