package dev.joinery.it.seeds.locking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.joinery.it.SeedDb;
import dev.joinery.query.Include;
import dev.joinery.query.Query;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/**
 * A nested update three levels deep writes each kind of change of one level in one statement,
 * over every parent of that level: the replies of both notes are deleted, updated and inserted
 * by one statement each.
 */
class NestedLevelsTest {
  private static final List<Include<Article, ?>> NOTES_AND_REPLIES =
      List.of(ArticleTable.NOTES.include(NoteTable.REPLIES));

  private TestDatabase db;
  private ArticleDao articles;
  private Article article;

  @BeforeEach
  void setUp(TestDatabase db) {
    this.db = db;
    SeedDb.sync(db, "articles", "notes", "replies");
    articles = db.jdbi().onDemand(ArticleDao.class);
    article = articles.create(Article.of("Levels").withNotes(List.of(
        Note.of("n1").withReplies(List.of(Reply.of("r1"), Reply.of("r2"))),
        Note.of("n2").withReplies(List.of(Reply.of("r3"))))), NOTES_AND_REPLIES);
    db.counter().reset();
  }

  @DatabaseTest
  void eachKindOfChangeOfALevelIsOneStatementOverAllItsParents(TestDatabase db) {
    Note n1 = article.notes().get(0);
    Note n2 = article.notes().get(1);
    Article edited = article.withNotes(List.of(
        n1.withReplies(List.of(n1.replies().get(0).withText("r1!"), Reply.of("r4"))),
        n2.withReplies(List.of(n2.replies().get(0).withText("r3!"), Reply.of("r5")))));

    Article saved = articles.update(edited, NOTES_AND_REPLIES);

    List<String> statements = db.counter().statements();
    assertThat(statements).as(String.join("\n", statements)).hasSize(6);
    assertThat(statements.get(0)).as("the stored tree, one chain joined").startsWith("SELECT");
    assertThat(statements.get(1)).as("the article, its version guarding the tree")
        .startsWith("UPDATE").contains("articles");
    assertThat(statements.get(2)).as("both notes, one batch").startsWith("UPDATE")
        .contains("notes");
    assertThat(statements.get(3)).as("r2, NOT NULL key: deleted").startsWith("DELETE")
        .contains("replies");
    assertThat(statements.get(4)).as("r1 and r3, one batch").startsWith("UPDATE")
        .contains("replies");
    assertThat(statements.get(5)).as("r4 and r5, one batch").startsWith("INSERT")
        .contains("replies");
    assertThat(SeedDb.lines(db, "SELECT n.\"text\" AS note, r.\"text\" AS reply FROM \"replies\" r"
        + " JOIN \"notes\" n ON n.\"id\" = r.\"note_id\" ORDER BY r.\"id\""))
        .containsExactly("n1|r1!", "n2|r3!", "n1|r4", "n2|r5");
    assertThat(SeedDb.lines(db, "SELECT \"text\", \"version\" FROM \"notes\" ORDER BY \"id\""))
        .containsExactly("n1|1", "n2|1");
    assertThat(saved.version()).isEqualTo(1);
    assertThat(saved.notes().get(0).replies()).extracting(Reply::text)
        .containsExactly("r1!", "r4");
    assertThat(articles.findByPk(article.id(),
            Query.include(ArticleTable.NOTES.include(NoteTable.REPLIES))))
        .contains(saved);
  }
}
