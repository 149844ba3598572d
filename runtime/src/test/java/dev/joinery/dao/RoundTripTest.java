package dev.joinery.dao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.joinery.UniqueConstraintException;
import dev.joinery.fixtures.Comment;
import dev.joinery.fixtures.CommentDao;
import dev.joinery.fixtures.CommentTable;
import dev.joinery.fixtures.Tag;
import dev.joinery.fixtures.TagDao;
import dev.joinery.fixtures.TagTable;
import dev.joinery.fixtures.Tutorial;
import dev.joinery.fixtures.TutorialDao;
import dev.joinery.fixtures.TutorialTable;
import dev.joinery.query.Query;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.Engine;
import dev.joinery.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.BeforeEach;

/**
 * The round trips of each shape of read and write, counted at the JDBC level beneath the pool
 * (every execute, batch, auto-commit change, commit and rollback), through DAOs on demand as an
 * application uses them: each call takes a connection from the pool and gives it back.
 */
class RoundTripTest {
  private TestDatabase db;
  private TutorialDao tutorials;
  private TagDao tags;
  private Tutorial joins;
  private Tutorial indexes;

  @BeforeEach
  void seed(TestDatabase db) {
    this.db = db;
    FixtureDb.createSchema(db);
    tutorials = db.jdbi().onDemand(TutorialDao.class);
    tags = db.jdbi().onDemand(TagDao.class);
    List<Tutorial> created = tutorials.bulkCreate(List.of(Tutorial.of("Joins", null, true),
        Tutorial.of("Indexes", null, false), Tutorial.of("Views", null, true)));
    joins = created.get(0);
    indexes = created.get(1);
    CommentDao comments = db.jdbi().onDemand(CommentDao.class);
    comments.bulkCreate(List.of(comment("b", joins), comment("a", joins), comment("c", joins),
        comment("e", indexes)));
    List<Tag> made = tags.bulkCreate(List.of(Tag.of("sql"), Tag.of("java")));
    tutorials.addTags(joins, made);
    tutorials.addTags(indexes, List.of(made.get(0)));
    reset();
  }

  private static Comment comment(String name, Tutorial tutorial) {
    return new Comment(null, name, "on " + tutorial.title(), null, tutorial.id(), null);
  }

  private void reset() {
    db.counter().reset();
    db.roundTrips().reset();
  }

  private List<String> trips() {
    return db.roundTrips().trips();
  }

  @DatabaseTest
  void findByPkWithAToManyIncludeIsOneJoinedStatement(TestDatabase db) {
    Tutorial found = tutorials.findByPk(joins.id(), Query.include(TutorialTable.COMMENTS))
        .orElseThrow();

    assertThat(trips()).hasSize(1);
    assertThat(trips().get(0)).startsWith("execute").contains("LEFT JOIN");
    assertThat(found.comments()).extracting(Comment::name).containsExactly("b", "a", "c");
    assertThat(found.comments()).allMatch(c -> c.tutorialId().equals(joins.id()));

    reset();
    Tutorial without = tutorials.findByPk(joins.id() + 100, Query.include(TutorialTable.COMMENTS))
        .orElse(null);
    assertThat(without).isNull();
    assertThat(trips()).hasSize(1);

    reset();
    Tutorial views = tutorials.findByPk(joins.id() + 2, Query.include(TutorialTable.COMMENTS))
        .orElseThrow();
    assertThat(views.comments()).isEmpty();
    assertThat(trips()).hasSize(1);
  }

  @DatabaseTest
  void aChainOfToManyIncludesUnderOneRootIsOneStatementAndReadsAsTheInPlanDoes(TestDatabase db) {
    Query<Tag> chain = Query.<Tag>all().with(TagTable.TUTORIALS.include()
        .orderBy(TutorialTable.TITLE.asc())
        .include(TutorialTable.COMMENTS.include().orderBy(CommentTable.NAME.desc())
            .include(CommentTable.TUTORIAL)));

    Tag sql = tags.findOne(chain.and(TagTable.NAME.eq("sql"))).orElseThrow();
    assertThat(trips()).hasSize(1);

    reset();
    // The same tree over many roots: a statement per to-many level.
    Tag viaInPlan = tags.findAll(chain.and(TagTable.NAME.like("s%"))).get(0);
    assertThat(trips()).hasSize(3);

    assertThat(sql).isEqualTo(viaInPlan);
    assertThat(sql.tutorials()).extracting(Tutorial::title).containsExactly("Indexes", "Joins");
    assertThat(sql.tutorials().get(1).comments()).extracting(Comment::name)
        .containsExactly("c", "b", "a");
    assertThat(sql.tutorials().get(1).comments().get(0).tutorial().title()).isEqualTo("Joins");

    reset();
    List<Map<String, Object>> maps = tags.findAllAsMaps(chain.and(TagTable.ID.eq(sql.id())));
    assertThat(trips()).hasSize(1);
    assertThat(maps).isEqualTo(tags.findAllAsMaps(chain.and(TagTable.NAME.like("s%"))));
  }

  @DatabaseTest
  void siblingToManyIncludesAndPerParentLimitsKeepTheirOwnStatement(TestDatabase db) {
    Tutorial both = tutorials.findByPk(joins.id(), Query.<Tutorial>include(TutorialTable.COMMENTS)
        .with(TutorialTable.TAGS)).orElseThrow();
    assertThat(trips()).hasSize(2);
    assertThat(trips().get(1)).contains(" IN (");
    assertThat(both.comments()).hasSize(3);
    assertThat(both.tags()).extracting(Tag::name).containsExactlyInAnyOrder("sql", "java");

    reset();
    Tutorial limited = tutorials.findByPk(joins.id(), Query.include(TutorialTable.COMMENTS
        .include().orderBy(CommentTable.NAME.asc()).limit(2))).orElseThrow();
    assertThat(trips()).hasSize(2);
    assertThat(limited.comments()).extracting(Comment::name).containsExactly("a", "b");
  }

  @DatabaseTest
  void aRequiredToManyIncludeUnderOneRootStillFiltersTheRoot(TestDatabase db) {
    Query<Tutorial> withA = Query.include(TutorialTable.COMMENTS.include()
        .where(CommentTable.NAME.eq("a")));

    assertThat(tutorials.findByPk(joins.id(), withA).orElseThrow().comments())
        .extracting(Comment::name).containsExactly("a");
    assertThat(tutorials.findByPk(indexes.id(), withA)).isEmpty();
    assertThat(trips()).hasSize(2);
  }

  @DatabaseTest
  void findAllWithOneToManyIncludeIsTwoStatementsAndNoTransaction(TestDatabase db) {
    List<Tutorial> found = tutorials.findAll(Query.<Tutorial>include(TutorialTable.COMMENTS)
        .orderBy(TutorialTable.ID.asc()));

    assertThat(found).extracting(t -> t.comments().size()).containsExactly(3, 1, 0);
    assertThat(trips()).hasSize(2).allMatch(trip -> trip.startsWith("execute"));
  }

  @DatabaseTest
  void nestedCreateIsTheRootInsertOneBatchPerLevelAndTheCommit(TestDatabase db) {
    List<Comment> ten = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      ten.add(Comment.of("c" + i, null));
    }
    Tutorial created = tutorials.create(new Tutorial(null, "Nested", null, true, null, null, ten,
        null), TutorialTable.COMMENTS);

    assertThat(created.comments()).hasSize(10).allMatch(c -> c.id() != null);
    assertThat(trips()).hasSize(5);
    assertThat(trips().get(0)).isEqualTo("setAutoCommit(false)");
    assertThat(trips().get(1)).startsWith("execute").contains("INSERT INTO");
    assertThat(trips().get(2)).startsWith("executeBatch: INSERT INTO");
    assertThat(trips().subList(3, 5)).containsExactly("commit", "setAutoCommit(true)");
  }

  @DatabaseTest
  void nestedCreatesOnOneHandleLeaveAutoCommitOnceAndRestoreItOnClose(TestDatabase db) {
    try (Handle handle = db.jdbi().open()) {
      TutorialDao dao = handle.attach(TutorialDao.class);
      for (int i = 0; i < 3; i++) {
        dao.create(withComments("Loop " + i, 2), TutorialTable.COMMENTS);
      }
      // Each create after the first is its two statements and its commit, as hand-written.
      assertThat(trips()).hasSize(1 + 3 * 3);
      assertThat(trips().get(0)).isEqualTo("setAutoCommit(false)");
      for (int i = 0; i < 3; i++) {
        assertThat(trips().get(1 + 3 * i)).startsWith("execute").contains("INSERT INTO");
        assertThat(trips().get(2 + 3 * i)).startsWith("executeBatch: INSERT INTO");
        assertThat(trips().get(3 + 3 * i)).isEqualTo("commit");
      }
      assertThat(handle.isInTransaction()).isFalse();
    }
    // Closing the handle turns auto-commit back on before the pool gets the connection back.
    assertThat(trips()).hasSize(11);
    assertThat(trips().get(10)).isEqualTo("setAutoCommit(true)");
    assertThat(countOnAnotherConnection("SELECT COUNT(*) FROM " + db.q("comments")))
        .isEqualTo(4 + 3 * 2);
  }

  @DatabaseTest
  void whatFollowsACreateOnTheSameHandleRunsInAutoCommit(TestDatabase db) throws Exception {
    try (Handle handle = db.jdbi().open()) {
      TutorialDao dao = handle.attach(TutorialDao.class);
      dao.create(withComments("First", 2), TutorialTable.COMMENTS);
      assertThat(handle.isInTransaction()).isFalse();
      assertThat(handle.getConnection().getAutoCommit()).isTrue();

      // The caller's SQL through Jdbi: committed at once, seen from another connection.
      reset();
      handle.execute("INSERT INTO " + db.q("tags") + " (" + db.q("name") + ") VALUES ('jdbi')");
      assertThat(trips()).containsExactly("setAutoCommit(true)",
          "execute: INSERT INTO " + db.q("tags") + " (" + db.q("name")
              + ") VALUES ('jdbi')");
      assertThat(tagsNamed("jdbi")).isEqualTo(1);

      // The caller's JDBC on the handle's connection, after another create: the same.
      dao.create(withComments("Second", 2), TutorialTable.COMMENTS);
      try (Statement statement = handle.getConnection().createStatement()) {
        statement.executeUpdate(
            "INSERT INTO " + db.q("tags") + " (" + db.q("name") + ") VALUES ('raw')");
      }
      assertThat(tagsNamed("raw")).isEqualTo(1);

      // A read after a create: auto-commit back on, then the one statement.
      dao.create(withComments("Third", 2), TutorialTable.COMMENTS);
      reset();
      assertThat(dao.findAll(Query.where(TutorialTable.TITLE.eq("Third")))).hasSize(1);
      assertThat(trips()).hasSize(2);
      assertThat(trips().get(0)).isEqualTo("setAutoCommit(true)");
      assertThat(trips().get(1)).startsWith("execute: SELECT");
    }
  }

  @DatabaseTest
  void theCallersTransactionAfterACreateIsTheCallersOwn(TestDatabase db) {
    try (Handle handle = db.jdbi().open()) {
      TutorialDao dao = handle.attach(TutorialDao.class);
      dao.create(withComments("First", 2), TutorialTable.COMMENTS);

      reset();
      handle.useTransaction(h -> {
        assertThat(h.isInTransaction()).isTrue();
        h.execute("INSERT INTO " + db.q("tags") + " (" + db.q("name") + ") VALUES ('mine')");
        // Not committed yet: another connection does not see it.
        assertThat(tagsNamed("mine")).isZero();
      });
      // Auto-commit was off already: the caller's transaction began without a round trip.
      assertThat(trips()).hasSize(3);
      assertThat(trips().get(0)).startsWith("execute: INSERT INTO");
      assertThat(trips().subList(1, 3)).containsExactly("commit", "setAutoCommit(true)");
      assertThat(tagsNamed("mine")).isEqualTo(1);

      dao.create(withComments("Second", 2), TutorialTable.COMMENTS);
      assertThatThrownBy(() -> handle.useTransaction(h -> {
        h.execute("INSERT INTO " + db.q("tags") + " (" + db.q("name") + ") VALUES ('undone')");
        throw new IllegalStateException("changed my mind");
      })).hasMessage("changed my mind");
      assertThat(tagsNamed("undone")).isZero();
      assertThat(handle.isInTransaction()).isFalse();
    }
  }

  @DatabaseTest
  void aFailedCreateAfterAnotherRollsBackAndLeavesAutoCommitOn(TestDatabase db) {
    try (Handle handle = db.jdbi().open()) {
      handle.attach(TutorialDao.class).create(withComments("First", 2), TutorialTable.COMMENTS);
      TagDao tagDao = handle.attach(TagDao.class);
      reset();
      // "sql" exists: the batch fails on the unique name, and "fresh" goes with it.
      assertThatThrownBy(() -> tagDao.bulkCreate(List.of(Tag.of("fresh"), Tag.of("sql"))))
          .isInstanceOf(UniqueConstraintException.class);
      assertThat(trips()).hasSize(3);
      assertThat(trips().get(0)).startsWith("executeBatch: INSERT INTO");
      assertThat(trips().subList(1, 3)).containsExactly("rollback", "setAutoCommit(true)");
      assertThat(tagsNamed("fresh")).isZero();

      handle.execute("INSERT INTO " + db.q("tags") + " (" + db.q("name") + ") VALUES ('after')");
      assertThat(tagsNamed("after")).isEqualTo(1);
    }
  }

  private static Tutorial withComments(String title, int count) {
    List<Comment> comments = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      comments.add(Comment.of(title + " c" + i, null));
    }
    return new Tutorial(null, title, null, true, null, null, comments, null);
  }

  private long tagsNamed(String name) {
    return countOnAnotherConnection("SELECT COUNT(*) FROM " + db.q("tags") + " WHERE "
        + db.q("name") + " = '" + name + "'");
  }

  /** A count read on a connection of its own from the pool, uncounted. */
  private long countOnAnotherConnection(String sql) {
    return db.roundTrips().uncounted(() -> {
      try (Connection connection = db.dataSource().getConnection();
          Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery(sql)) {
        rows.next();
        return rows.getLong(1);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  @DatabaseTest
  void aSingleStatementWriteTakesNoTransaction(TestDatabase db) {
    tutorials.create(Tutorial.of("Alone", null, false));
    assertThat(trips()).hasSize(1);

    reset();
    tutorials.update(joins);
    // The UPDATE, then the stored createdAt: it never changes once inserted, so no transaction.
    assertThat(trips()).hasSize(2).allMatch(trip -> trip.startsWith("execute"));

    reset();
    tutorials.destroyByPk(joins.id() + 2);
    assertThat(trips()).hasSize(1);
  }

  @DatabaseTest
  void mixinsSendOneStatementWhereOneDoes(TestDatabase db) {
    assertThat(tutorials.getComments(joins)).hasSize(3);
    assertThat(tutorials.countComments(joins)).isEqualTo(3);
    assertThat(tutorials.hasTag(joins, tags.findOne(Query.where(TagTable.NAME.eq("sql")))
        .orElseThrow())).isTrue();
    assertThat(trips()).hasSize(4);

    reset();
    Tag java = tags.findOne(Query.where(TagTable.NAME.eq("java"))).orElseThrow();
    reset();
    tutorials.addTag(indexes, java);
    // One upsert of the junction rows: links that exist already are skipped by the database.
    assertThat(trips()).hasSize(1);
    tutorials.addTag(indexes, java);
    assertThat(trips()).hasSize(2);
    assertThat(tutorials.getTags(indexes)).extracting(Tag::name)
        .containsExactlyInAnyOrder("sql", "java");

    reset();
    tutorials.createComment(indexes, Comment.of("new", null));
    assertThat(trips()).hasSize(1);
  }

  @DatabaseTest(Engine.MARIADB)
  void theServerReceivesNoMoreThanTheRoundTripsCounted(TestDatabase db) {
    try (Handle handle = db.jdbi().open()) {
      TutorialDao dao = handle.attach(TutorialDao.class);
      long start = questions(handle);
      dao.findByPk(joins.id(), Query.include(TutorialTable.COMMENTS));
      long afterFind = questions(handle);
      dao.create(new Tutorial(null, "Nested", null, true, null, null,
          List.of(Comment.of("x", null), Comment.of("y", null)), null), TutorialTable.COMMENTS);
      long afterCreate = questions(handle);
      for (int i = 0; i < 2; i++) {
        dao.create(withComments("Loop " + i, 2), TutorialTable.COMMENTS);
      }
      long afterTwoCreates = questions(handle);

      // Each difference holds one look at the counter besides what ran in between; the look
      // itself first turns auto-commit back on (SET autocommit=1) after a create.
      assertThat(afterFind - start - 1).as("findByPk with comments").isEqualTo(1);
      assertThat(afterCreate - afterFind - 1)
          .as("SET autocommit=0, INSERT, multi-row INSERT, COMMIT, SET autocommit=1")
          .isEqualTo(5);
      assertThat(afterTwoCreates - afterCreate - 1)
          .as("SET autocommit=0, 2 × (INSERT, multi-row INSERT, COMMIT), SET autocommit=1")
          .isEqualTo(8);
    }
  }

  /** The statements the server received on this connection, as MariaDB counts them. */
  private static long questions(Handle handle) {
    return handle.createQuery("SHOW SESSION STATUS LIKE 'Questions'")
        .map((rs, ctx) -> rs.getLong(2)).one();
  }
}
