package dev.joinery.it.seeds.locking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.joinery.StaleRowException;
import dev.joinery.dao.Upserted;
import dev.joinery.it.SeedDb;
import dev.joinery.query.Query;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.Engine;
import dev.joinery.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/**
 * {@code @Version} through the generated code: create stores 0, each update and destroy checks the
 * record's version and moves it on, a stale record throws and writes nothing, in a plain update,
 * a destroy and a nested update alike.
 */
class LockingTest {
  private TestDatabase db;
  private ArticleDao articles;
  private Article article;

  @BeforeEach
  void setUp(TestDatabase db) {
    this.db = db;
    SeedDb.sync(db, "articles", "notes", "replies");
    articles = db.jdbi().onDemand(ArticleDao.class);
    article = articles.create(Article.of("Locks").withNotes(
        List.of(Note.of("first"), Note.of("second"))), ArticleTable.NOTES);
    db.counter().reset();
  }

  private List<String> stored() {
    return SeedDb.lines(db, "SELECT \"title\", \"version\" FROM \"articles\"");
  }

  private List<String> storedNotes() {
    return SeedDb.lines(db, "SELECT \"text\", \"version\" FROM \"notes\" ORDER BY \"id\"");
  }

  @DatabaseTest
  void createStartsEveryCounterAtZero(TestDatabase db) {
    assertThat(article.version()).isZero();
    assertThat(article.notes()).extracting(Note::version).containsExactly(0L, 0L);
    assertThat(stored()).containsExactly("Locks|0");
    assertThat(storedNotes()).containsExactly("first|0", "second|0");
  }

  @DatabaseTest
  void anUpdateChecksTheVersionAndMovesItOn(TestDatabase db) {
    Article saved = articles.update(article.withTitle("Locks, revised"));

    String version = db.q("version");
    assertThat(db.counter().statements()).hasSize(1);
    assertThat(db.counter().statements().get(0))
        .contains(version + " = " + version + " + 1").endsWith("AND " + version + " = ?");
    assertThat(saved.version()).isEqualTo(1);
    assertThat(stored()).containsExactly("Locks, revised|1");
  }

  @DatabaseTest
  void aStaleUpdateThrowsAndWritesNothing(TestDatabase db) {
    articles.update(article.withTitle("theirs"));
    db.counter().reset();

    assertThatThrownBy(() -> articles.update(article.withTitle("mine")))
        .isInstanceOfSatisfying(StaleRowException.class, e -> {
          assertThat(e).hasMessage("Cannot update the articles row with id = " + article.id()
              + ": it was changed by someone else since it was read (version 0 was read, it is"
              + " at 1 now); read it again and reapply the change");
          assertThat(e.table()).isEqualTo("articles");
          assertThat(e.column()).isEqualTo("version");
          assertThat(e.key()).isEqualTo(article.id());
        });
    assertThat(db.counter().count()).as("the refused UPDATE, then the stored version").isEqualTo(2);
    assertThat(stored()).containsExactly("theirs|1");
  }

  @DatabaseTest
  void aStaleDestroyThrowsAndDeletesNothing(TestDatabase db) {
    Article current = articles.update(article.withTitle("theirs"));

    assertThatThrownBy(() -> articles.destroy(article))
        .isInstanceOf(StaleRowException.class)
        .hasMessageStartingWith("Cannot destroy the articles row with id = " + article.id()
            + ": it was changed by someone else");
    assertThat(stored()).containsExactly("theirs|1");

    assertThat(articles.destroy(current)).isTrue();
    assertThat(articles.destroy(current)).as("no such row any more").isFalse();
    assertThat(stored()).isEmpty();
  }

  @DatabaseTest
  void anUpdateOfManyRowsMovesTheirVersionsToo(TestDatabase db) {
    articles.update(List.of(ArticleTable.TITLE.set("renamed")), ArticleTable.ID.eq(article.id()));

    assertThat(stored()).containsExactly("renamed|1");
    assertThatThrownBy(() -> articles.update(article.withTitle("mine")))
        .isInstanceOf(StaleRowException.class);
  }

  @DatabaseTest
  void aNestedUpdateMovesTheVersionOfEveryRowItWritesAndOfTheRootAbove(TestDatabase db) {
    Note first = article.notes().get(0);
    Article edited = article.withNotes(List.of(first.withText("first, edited"),
        article.notes().get(1)));

    Article saved = articles.update(edited, ArticleTable.NOTES);

    assertThat(db.counter().count()).as("read, the article, the note").isEqualTo(3);
    assertThat(saved.version()).as("the article guards its notes").isEqualTo(1);
    assertThat(saved.notes()).extracting(Note::version).containsExactly(1L, 0L);
    assertThat(stored()).containsExactly("Locks|1");
    assertThat(storedNotes()).containsExactly("first, edited|1", "second|0");
    assertThat(articles.findByPk(article.id(), Query.include(ArticleTable.NOTES)))
        .contains(saved);
  }

  @DatabaseTest
  void aStaleRowInANestedUpdateThrowsBeforeAnyWrite(TestDatabase db) {
    articles.update(article.withTitle("theirs"));
    db.counter().reset();
    Article mine = article.withNotes(List.of(Note.of("third")));

    assertThatThrownBy(() -> articles.update(mine, ArticleTable.NOTES))
        .isInstanceOf(StaleRowException.class)
        .hasMessage("Cannot update the articles row with id = " + article.id() + ": it was"
            + " changed by someone else since it was read (version 0 was read, it is at 1 now);"
            + " read it again and reapply the change");

    assertThat(db.counter().count()).as("the read of the stored tree only").isEqualTo(1);
    assertThat(stored()).containsExactly("theirs|1");
    assertThat(storedNotes()).containsExactly("first|0", "second|0");
  }

  @DatabaseTest
  void aStaleChildRollsBackTheWholeNestedUpdate(TestDatabase db) {
    Note first = article.notes().get(0);
    db.jdbi().onDemand(NoteDao.class).update(first.withText("theirs"));
    db.counter().reset();

    assertThatThrownBy(() -> articles.update(article.withTitle("mine").withNotes(
            List.of(first.withText("mine"), article.notes().get(1))), ArticleTable.NOTES))
        .isInstanceOf(StaleRowException.class)
        .hasMessageStartingWith("Cannot update the notes row with id = " + first.id());

    assertThat(stored()).containsExactly("Locks|0");
    assertThat(storedNotes()).containsExactly("theirs|1", "second|0");
  }

  @DatabaseTest
  void anUpsertMovesTheCounterOfTheRowItUpdatesAndStartsANewRowAtZero(TestDatabase db) {
    db.counter().reset();

    Upserted<Article> updated = articles.upsert(article.withTitle("Locks, upserted"));

    // One statement that moves the stored counter; MariaDB and H2 read the row back (H2 also
    // moves the identity past a given key first, as it may have inserted).
    int expected = switch (db.engine()) {
      case POSTGRESQL -> 1;
      case MARIADB -> 2;
      case H2 -> 3;
    };
    assertThat(db.counter().count()).as(db.counter().statements().toString()).isEqualTo(expected);
    assertThat(db.counter().statements().get(0)).contains(db.q("version") + " + 1");
    assertThat(updated.row().version()).isEqualTo(1);
    assertThat(stored()).containsExactly("Locks, upserted|1");
    // The counter moving makes it known that the row was updated, where the count tells.
    if (db.engine() != Engine.H2) {
      assertThat(updated.created()).contains(false);
    }
    // Last writer wins, as update(assignments, where): the version given is not checked, but a
    // record read before the upsert is stale now.
    assertThat(articles.upsert(article.withTitle("Locks, again")).row().version()).isEqualTo(2);
    assertThatThrownBy(() -> articles.update(article.withTitle("stale")))
        .isInstanceOf(StaleRowException.class);
    assertThat(stored()).containsExactly("Locks, again|2");

    // Inserted: the counter starts at 0 whatever the record carries, as in create.
    Upserted<Article> inserted = articles.upsert(new Article(article.id() + 100, "New", 7, null,
        null));
    assertThat(inserted.row().version()).isZero();
    assertThat(stored()).containsExactlyInAnyOrder("Locks, again|2", "New|0");
  }
}
