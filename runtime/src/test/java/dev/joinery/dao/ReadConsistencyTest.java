package dev.joinery.dao;

import static org.assertj.core.api.Assertions.assertThat;

import dev.joinery.JoineryConfig;
import dev.joinery.fixtures.Comment;
import dev.joinery.fixtures.CommentDao;
import dev.joinery.fixtures.Tutorial;
import dev.joinery.fixtures.TutorialDao;
import dev.joinery.fixtures.TutorialTable;
import dev.joinery.query.Query;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.TestDatabase;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;

/**
 * What a read of several statements sees when another connection commits between its parent and
 * its child statement: by default each statement reads the database as it is when it runs, and
 * no transaction is opened; {@link Query#snapshot()} reads them all from one snapshot. The other
 * connection commits deterministically, from a statement customizer that runs right after the
 * parent statement executed.
 */
class ReadConsistencyTest {
  private TestDatabase db;
  private Tutorial joins;
  private Tutorial views;

  @BeforeEach
  void seed(TestDatabase db) {
    this.db = db;
    FixtureDb.createSchema(db);
    List<Tutorial> created = db.jdbi().onDemand(TutorialDao.class).bulkCreate(List.of(
        Tutorial.of("Joins", null, true), Tutorial.of("Views", null, true)));
    joins = created.get(0);
    views = created.get(1);
    db.jdbi().onDemand(CommentDao.class).create(
        new Comment(null, "first", null, null, joins.id(), null));
    db.counter().reset();
    db.roundTrips().reset();
  }

  @DatabaseTest
  void aReadOfSeveralStatementsOpensNoTransaction(TestDatabase db) {
    List<Tutorial> found = db.jdbi().onDemand(TutorialDao.class)
        .findAll(Query.<Tutorial>include(TutorialTable.COMMENTS).orderBy(TutorialTable.ID.asc()));

    assertThat(found).extracting(t -> t.comments().size()).containsExactly(1, 0);
    assertThat(db.roundTrips().trips()).hasSize(2)
        .allMatch(trip -> trip.startsWith("execute"));
  }

  @DatabaseTest
  void byDefaultTheChildStatementSeesWhatWasCommittedAfterTheParentStatement(TestDatabase db) {
    List<Tutorial> found = findWhileAnotherConnectionComments(
        Query.<Tutorial>include(TutorialTable.COMMENTS).orderBy(TutorialTable.ID.asc()));

    assertThat(found).extracting(t -> t.comments().size()).containsExactly(2, 0);
  }

  @DatabaseTest
  void aSnapshotReadSeesNothingCommittedAfterItsFirstStatement(TestDatabase db) {
    List<Tutorial> found = findWhileAnotherConnectionComments(
        Query.<Tutorial>include(TutorialTable.COMMENTS).orderBy(TutorialTable.ID.asc()).snapshot());

    assertThat(found).extracting(t -> t.comments().size()).containsExactly(1, 0);
    assertThat(db.roundTrips().trips()).contains("setAutoCommit(false)", "commit");
    // The late comment is there for the next read.
    assertThat(db.jdbi().onDemand(TutorialDao.class)
        .findByPk(joins.id(), Query.include(TutorialTable.COMMENTS)).orElseThrow().comments())
        .hasSize(2);
  }

  @DatabaseTest
  void findAndCountAllCountsAndReadsOneSnapshotWhenAsked(TestDatabase db) {
    Page<Tutorial> plain = findAndCountWhileAnotherConnectionAddsATutorial(
        dao -> dao.findAndCountAll(Query.<Tutorial>all().orderBy(TutorialTable.ID.asc())));
    assertThat(plain.count()).isEqualTo(2);
    assertThat(plain.rows()).hasSize(3);

    Page<Tutorial> snapshot = findAndCountWhileAnotherConnectionAddsATutorial(
        dao -> dao.findAndCountAll(Query.<Tutorial>all().orderBy(TutorialTable.ID.asc()).snapshot()));
    assertThat(snapshot.count()).isEqualTo(3);
    assertThat(snapshot.rows()).hasSize(3);
  }

  private List<Tutorial> findWhileAnotherConnectionComments(Query<Tutorial> query) {
    return afterTheFirstStatement(
        // created_at is NOT NULL, as Sequelize's (Joinery fills it; plain SQL states it).
        "INSERT INTO " + db.q("comments") + " (" + db.q("name") + ", " + db.q("created_at") + ", "
            + db.q("tutorial_id") + ") VALUES ('late', CURRENT_TIMESTAMP, " + joins.id() + ")",
        dao -> dao.findAll(query));
  }

  private Page<Tutorial> findAndCountWhileAnotherConnectionAddsATutorial(
      Function<TutorialDao, Page<Tutorial>> find) {
    return afterTheFirstStatement(
        "INSERT INTO " + db.q("tutorials") + " (" + db.q("title") + ", " + db.q("published")
            + ", " + db.q("created_at") + ", " + db.q("updated_at") + ") VALUES ('late "
            + System.nanoTime() + "', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
        find);
  }

  /**
   * Runs {@code find}; another connection runs and commits {@code sql} once its first statement
   * ran, just before the second executes (the engine's statements, sent straight to JDBC, are
   * seen by its statement listener).
   */
  private <R> R afterTheFirstStatement(String sql, Function<TutorialDao, R> find) {
    return db.jdbi().withHandle(h -> {
      int[] statements = {0};
      h.getConfig(JoineryConfig.class).setStatementListener((connection, text) -> {
        if (++statements[0] == 2) {
          db.execute(sql);
        }
      });
      return find.apply(h.attach(TutorialDao.class));
    });
  }
}
