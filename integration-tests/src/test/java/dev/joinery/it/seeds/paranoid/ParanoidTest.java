package dev.joinery.it.seeds.paranoid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.joinery.InvalidQueryException;
import dev.joinery.RowNotFoundException;
import dev.joinery.dao.Page;
import dev.joinery.it.SeedDb;
import dev.joinery.it.seeds.tutorials.Tag;
import dev.joinery.it.seeds.tutorials.TagDao;
import dev.joinery.query.Query;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/**
 * Paranoid tables (Sequelize's {@code paranoid: true}): destroy sets {@code @DeletedAt}, every
 * read leaves such rows out unless asked, restore brings them back, forceDestroy deletes.
 */
class ParanoidTest {
  private TestDatabase db;
  private WriterDao writers;
  private ArticleDao articles;
  private LabelDao labels;
  private Writer ada;
  private Writer bob;

  @BeforeEach
  void setUp(TestDatabase db) {
    this.db = db;
    SeedDb.sync(db, "writers", "posts", "labels", "post_labels");
    writers = db.jdbi().onDemand(WriterDao.class);
    articles = db.jdbi().onDemand(ArticleDao.class);
    labels = db.jdbi().onDemand(LabelDao.class);
    ada = writers.create(Writer.of("Ada"));
    bob = writers.create(Writer.of("Bob"));
    db.counter().reset();
  }

  /** Each writer as "name|deleted?" straight from the table, by id. */
  private List<String> writerRows() {
    return SeedDb.lines(db, "SELECT \"name\", CASE WHEN \"deleted_at\" IS NULL THEN 'live'"
        + " ELSE 'deleted' END FROM \"writers\" ORDER BY \"id\"");
  }

  private static Query<Writer> byId() {
    return Query.<Writer>all().orderBy(WriterTable.ID.asc());
  }

  private Article article(String title, Writer writer) {
    return articles.create(new Article(null, title, writer.id(), null, null, null, null));
  }

  @DatabaseTest
  void destroySetsDeletedAtAndEveryReadLeavesTheRowOut(TestDatabase db) {
    assertThat(writers.destroy(ada)).isTrue();
    assertThat(db.counter().count()).as("one UPDATE").isEqualTo(1);
    assertThat(db.counter().statements().get(0)).startsWith("UPDATE");
    assertThat(writerRows()).containsExactly("Ada|deleted", "Bob|live");

    assertThat(writers.findAll(byId())).extracting(Writer::name).containsExactly("Bob");
    assertThat(writers.findByPk(ada.id())).isEmpty();
    assertThat(writers.findOne(Query.where(WriterTable.NAME.eq("Ada")))).isEmpty();
    assertThat(writers.count()).isEqualTo(1);
    Page<Writer> page = writers.findAndCountAll(byId().limit(10));
    assertThat(page.count()).isEqualTo(1);
    assertThat(page.rows()).extracting(Writer::name).containsExactly("Bob");
    List<String> streamed = new ArrayList<>();
    writers.forEach(byId(), writer -> streamed.add(writer.name()));
    assertThat(streamed).containsExactly("Bob");

    assertThat(writers.destroy(ada)).as("already soft-deleted").isFalse();
    assertThat(writerRows()).containsExactly("Ada|deleted", "Bob|live");
  }

  @DatabaseTest
  void withDeletedFindsSoftDeletedRowsWithTheirTime(TestDatabase db) {
    writers.destroyByPk(ada.id());
    db.counter().reset();

    List<Writer> all = writers.findAll(byId().withDeleted());
    assertThat(all).extracting(Writer::name).containsExactly("Ada", "Bob");
    assertThat(all.get(0).deletedAt()).isNotNull();
    assertThat(all.get(1).deletedAt()).isNull();
    assertThat(writers.findByPk(ada.id(), Query.<Writer>all().withDeleted())).isPresent();
    assertThat(writers.findAndCountAll(byId().withDeleted()).count()).isEqualTo(2);
    assertThat(db.counter().count()).isEqualTo(4);
  }

  @DatabaseTest
  void restoreClearsDeletedAt(TestDatabase db) {
    writers.destroy(ada);
    writers.destroy(bob);
    db.counter().reset();

    assertThat(writers.restore(ada)).isTrue();
    assertThat(db.counter().count()).isEqualTo(1);
    assertThat(writerRows()).containsExactly("Ada|live", "Bob|deleted");
    assertThat(writers.restore(ada)).as("a live row is not restored").isFalse();

    assertThat(writers.restore(WriterTable.NAME.like("B%"))).isEqualTo(1);
    assertThat(writerRows()).containsExactly("Ada|live", "Bob|live");
    assertThat(writers.findAll(byId())).extracting(Writer::deletedAt).containsOnlyNulls();
  }

  @DatabaseTest
  void destroyByWhereSoftDeletesOnlyLiveRows(TestDatabase db) {
    writers.destroy(ada);
    db.counter().reset();

    assertThat(writers.destroy(WriterTable.NAME.in("Ada", "Bob"))).isEqualTo(1);
    assertThat(db.counter().count()).isEqualTo(1);
    assertThat(writerRows()).containsExactly("Ada|deleted", "Bob|deleted");
    assertThat(SeedDb.lines(db, "SELECT COUNT(DISTINCT \"deleted_at\") FROM \"writers\""))
        .as("each kept the time of its own destroy").containsExactly("2");
  }

  @DatabaseTest
  void forceDestroyDeletesLiveAndSoftDeletedRows(TestDatabase db) {
    writers.destroy(ada);
    db.counter().reset();

    assertThat(writers.forceDestroy(ada)).isTrue();
    assertThat(writers.forceDestroy(WriterTable.NAME.eq("Bob"))).isEqualTo(1);
    assertThat(db.counter().statements()).allMatch(s -> s.startsWith("DELETE"));
    assertThat(writerRows()).isEmpty();
  }

  @DatabaseTest
  void updateLeavesSoftDeletedRowsAlone(TestDatabase db) {
    writers.destroy(ada);
    db.counter().reset();

    assertThatThrownBy(() -> writers.update(new Writer(ada.id(), "Ada L.", null, null)))
        .isInstanceOf(RowNotFoundException.class)
        .hasMessageContaining("Cannot update the writers row with id = " + ada.id());
    assertThat(writers.update(List.of(WriterTable.NAME.set("X")), null)).isEqualTo(1);
    assertThat(writerRows()).containsExactly("Ada|deleted", "X|live");

    Writer renamed = writers.update(new Writer(bob.id(), "Bob B.", null, null));
    assertThat(renamed.deletedAt()).isNull();
    assertThat(writerRows()).containsExactly("Ada|deleted", "Bob B.|live");
  }

  @DatabaseTest
  void toManyIncludesAndMixinsLeaveSoftDeletedChildrenOut(TestDatabase db) {
    Article draft = article("Draft", ada);
    Article essay = article("Essay", ada);
    article("Notes", bob);
    articles.destroy(draft);
    db.counter().reset();

    Writer one = writers.findByPk(ada.id(), Query.include(WriterTable.ARTICLES)).orElseThrow();
    assertThat(one.articles()).extracting(Article::title).containsExactly("Essay");
    assertThat(db.counter().count()).as("one root: one joined statement").isEqualTo(1);

    db.counter().reset();
    List<Writer> all = writers.findAll(byId().with(WriterTable.ARTICLES));
    assertThat(all).extracting(w -> w.articles().size()).containsExactly(1, 1);
    assertThat(db.counter().count()).isEqualTo(2);

    List<Writer> withDrafts = writers.findAll(byId()
        .with(WriterTable.ARTICLES.include().withDeleted()));
    assertThat(withDrafts.get(0).articles()).extracting(Article::title)
        .containsExactlyInAnyOrder("Draft", "Essay");

    assertThat(writers.getArticles(ada)).containsExactly(essay);
    assertThat(writers.countArticles(ada)).isEqualTo(1);
    assertThat(writers.hasArticle(ada, draft)).isFalse();
    assertThat(writers.hasArticle(ada, essay)).isTrue();
    assertThat(writers.getArticles(ada, Query.<Article>all().withDeleted())).hasSize(2);
    assertThat(writers.findAll(byId().with(WriterTable.ARTICLES.include().required())))
        .as("a required include needs a live child").hasSize(2);
  }

  @DatabaseTest
  void softDeletesDoNotCascadeAndToOneIncludesReadNull(TestDatabase db) {
    article("Essay", ada);
    writers.destroy(ada);
    db.counter().reset();

    List<Article> live = articles.findAll(Query.include(ArticleTable.WRITER));
    assertThat(live).as("the child stays live").hasSize(1);
    assertThat(live.get(0).writerId()).isEqualTo(ada.id());
    assertThat(live.get(0).writer()).as("its soft-deleted parent reads as absent").isNull();
    assertThat(db.counter().count()).isEqualTo(1);

    assertThat(articles.findAll(Query.<Article>all()
        .with(ArticleTable.WRITER.include().required()))).isEmpty();
    assertThat(articles.findAll(Query.<Article>all()
        .with(ArticleTable.WRITER.include().withDeleted())).get(0).writer().name())
        .isEqualTo("Ada");
    assertThat(articles.getWriter(live.get(0))).isNull();
  }

  @DatabaseTest
  void forceDestroyAppliesTheForeignKeyRule(TestDatabase db) {
    article("Essay", ada);
    writers.destroy(ada);

    writers.forceDestroy(ada);

    assertThat(SeedDb.lines(db, "SELECT \"title\", COALESCE(\"writer_id\", 0) FROM \"posts\""))
        .as("ON DELETE SET NULL, the default of a nullable key").containsExactly("Essay|0");
  }

  @DatabaseTest
  void belongsToManyTargetsLeaveSoftDeletedOnesOut(TestDatabase db) {
    Article essay = article("Essay", ada);
    Label java = labels.create(Label.of("java"));
    Label sql = labels.create(Label.of("sql"));
    articles.addLabels(essay, List.of(java, sql));
    labels.destroy(sql);
    db.counter().reset();

    Article found = articles.findAll(Query.include(ArticleTable.LABELS)).get(0);
    assertThat(found.labels()).extracting(Label::name).containsExactly("java");
    assertThat(db.counter().count()).isEqualTo(2);
    assertThat(articles.getLabels(essay)).extracting(Label::name).containsExactly("java");
    assertThat(articles.countLabels(essay)).isEqualTo(1);
    assertThat(articles.hasLabels(essay, List.of(java, sql))).isFalse();
    assertThat(SeedDb.lines(db, "SELECT COUNT(*) FROM \"post_labels\""))
        .as("the links stay").containsExactly("2");

    labels.restore(sql);
    assertThat(articles.countLabels(essay)).isEqualTo(2);
  }

  @DatabaseTest
  void restoreOnATableWithoutDeletedAtIsRefused(TestDatabase db) {
    SeedDb.sync(db, "tags");
    TagDao tags = db.jdbi().onDemand(TagDao.class);
    Tag java = tags.create(Tag.of("java"));
    db.counter().reset();

    assertThatThrownBy(() -> tags.restore(java))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("Cannot restore rows of tags: it has no @DeletedAt column, so its rows are"
            + " deleted for real");
    assertThat(db.counter().count()).isZero();
    assertThat(tags.destroy(java)).isTrue();
    assertThat(SeedDb.lines(db, "SELECT COUNT(*) FROM \"tags\"")).containsExactly("0");
  }
}
