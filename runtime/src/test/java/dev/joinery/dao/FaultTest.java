package dev.joinery.dao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.joinery.ConnectionLostException;
import dev.joinery.JoineryConfig;
import dev.joinery.QueryTimeoutException;
import dev.joinery.fixtures.Comment;
import dev.joinery.fixtures.Tutorial;
import dev.joinery.fixtures.TutorialDao;
import dev.joinery.fixtures.TutorialTable;
import dev.joinery.query.Query;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.Engine;
import dev.joinery.testing.TestDatabase;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;
import org.junit.jupiter.api.BeforeEach;

/**
 * The server kills the connection in the middle of an operation, from a second connection, right
 * after the operation's first statement ran (a statement customizer, deterministic): the operation
 * throws {@link ConnectionLostException}, nothing of a nested create or update stays, and the pool serves
 * the next call. A statement timeout cancels a read blocked behind another connection's table
 * lock with {@link QueryTimeoutException}.
 */
class FaultTest {
  private TestDatabase db;

  @BeforeEach
  void seed(TestDatabase db) {
    this.db = db;
    FixtureDb.createSchema(db);
    db.jdbi().onDemand(TutorialDao.class).create(tutorial("Joins", "first", "second"),
        TutorialTable.COMMENTS);
  }

  private static Tutorial tutorial(String title, String... comments) {
    return new Tutorial(null, title, null, true, null, null,
        Stream.of(comments).map(text -> Comment.of("ann", text)).toList(), null);
  }

  @DatabaseTest({Engine.MARIADB, Engine.POSTGRESQL})
  void nestedCreateLosingItsConnectionLeavesNothing(TestDatabase db) {
    assertThatThrownBy(() -> killedAfterTheFirstStatement(dao ->
        dao.create(tutorial("Views", "a", "b"), TutorialTable.COMMENTS)))
        .isInstanceOfSatisfying(ConnectionLostException.class,
            e -> assertThat(e).hasMessageStartingWith(
                "The connection to the database was lost during an operation on "));

    assertThat(FixtureDb.column(db, "SELECT title FROM tutorials")).containsExactly("Joins");
    assertThat(FixtureDb.rowCount(db, "comments")).isEqualTo(2);
    assertPoolServesTheNextCall();
  }

  @DatabaseTest({Engine.MARIADB, Engine.POSTGRESQL})
  void nestedUpdateLosingItsConnectionAfterItsFirstWriteLeavesNothingHalfWritten(
      TestDatabase db) {
    TutorialDao tutorials = db.jdbi().onDemand(TutorialDao.class);
    Tutorial joins = tutorials.findAll(Query.include(TutorialTable.COMMENTS)).get(0);
    Comment first = joins.comments().get(0);
    // Changes the title, detaches "second", changes "first", inserts "third": four writes.
    Tutorial edited = new Tutorial(joins.id(), "Joins 2", joins.description(), joins.published(),
        joins.createdAt(), joins.updatedAt(),
        List.of(new Comment(first.id(), first.name(), "changed", first.createdAt(),
            first.tutorialId(), null), Comment.of("bo", "third")), null);

    assertThatThrownBy(() -> killedAfter(FaultTest::isWrite,
        dao -> dao.update(edited, TutorialTable.COMMENTS)))
        .isInstanceOfSatisfying(ConnectionLostException.class,
            e -> assertThat(e).hasMessageStartingWith(
                "The connection to the database was lost during an operation on "));

    assertThat(FixtureDb.column(db, "SELECT title FROM tutorials")).containsExactly("Joins");
    assertThat(FixtureDb.column(db, "SELECT text FROM comments WHERE tutorial_id = "
        + joins.id() + " ORDER BY id")).containsExactly("first", "second");
    assertThat(FixtureDb.rowCount(db, "comments")).isEqualTo(2);
    assertPoolServesTheNextCall();
  }

  private static boolean isWrite(String sql) {
    String verb = sql.stripLeading().toUpperCase(Locale.ROOT);
    return verb.startsWith("UPDATE") || verb.startsWith("INSERT") || verb.startsWith("DELETE");
  }

  @DatabaseTest({Engine.MARIADB, Engine.POSTGRESQL})
  void readOfSeveralStatementsLosingItsConnectionThrowsTyped(TestDatabase db) {
    assertThatThrownBy(() -> killedAfterTheFirstStatement(dao ->
        dao.findAll(Query.include(TutorialTable.COMMENTS))))
        .isInstanceOfSatisfying(ConnectionLostException.class,
            e -> assertThat(e.table()).isEqualTo("tutorials"));
    assertPoolServesTheNextCall();
  }

  @DatabaseTest({Engine.MARIADB, Engine.POSTGRESQL})
  void streamingReadLosingItsConnectionThrowsTyped(TestDatabase db) {
    assertThatThrownBy(() -> killedAfterTheFirstStatement(dao -> {
      try (Stream<Tutorial> rows = dao.stream(Query.include(TutorialTable.COMMENTS))) {
        return rows.toList();
      }
    })).isInstanceOf(ConnectionLostException.class);
    assertPoolServesTheNextCall();
  }

  @DatabaseTest({Engine.MARIADB, Engine.POSTGRESQL})
  void timeoutCancelsAReadBlockedBehindALock(TestDatabase db) {
    try (Handle locker = db.jdbi().open()) {
      lockTutorials(locker);
      long start = System.nanoTime();
      assertThatThrownBy(() -> db.jdbi().onDemand(TutorialDao.class)
          .findAll(Query.<Tutorial>all().timeout(Duration.ofMillis(500))))
          .isInstanceOfSatisfying(QueryTimeoutException.class,
              e -> assertThat(e.table()).isEqualTo("tutorials"));
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));

      // The default timeout of the config does the same for a query that sets none.
      assertThatThrownBy(() -> db.jdbi().withHandle(h -> {
        h.getConfig(JoineryConfig.class).setQueryTimeout(Duration.ofSeconds(1));
        return h.attach(TutorialDao.class).count(null);
      })).isInstanceOf(QueryTimeoutException.class);
      unlockTutorials(locker);
    }
    assertPoolServesTheNextCall();
  }

  private void lockTutorials(Handle locker) {
    if (db.engine() == Engine.MARIADB) {
      locker.execute("LOCK TABLES tutorials WRITE");
    } else {
      locker.begin();
      locker.execute("LOCK TABLE tutorials IN ACCESS EXCLUSIVE MODE");
    }
  }

  private void unlockTutorials(Handle locker) {
    if (db.engine() == Engine.MARIADB) {
      locker.execute("UNLOCK TABLES");
    } else {
      locker.rollback();
    }
  }

  private void assertPoolServesTheNextCall() {
    assertThat(db.jdbi().onDemand(TutorialDao.class)
        .findAll(Query.include(TutorialTable.COMMENTS)))
        .singleElement().satisfies(t -> assertThat(t.comments()).hasSize(2));
  }

  /**
   * Runs {@code operation}; the server kills its connection once its first statement ran, just
   * before the second executes.
   */
  private <R> R killedAfterTheFirstStatement(Function<TutorialDao, R> operation) {
    return killedAfter(sql -> true, operation);
  }

  /**
   * Runs {@code operation}; the server kills its connection once the first statement whose SQL
   * matches {@code which} ran, just before the next one executes. Statements are seen both where
   * they go through Jdbi (a customizer) and where the engine sends them straight to JDBC (its
   * statement listener).
   */
  private <R> R killedAfter(Predicate<String> which, Function<TutorialDao, R> operation) {
    return db.jdbi().withHandle(h -> {
      String id = h.createQuery(db.engine() == Engine.MARIADB
          ? "SELECT CONNECTION_ID()" : "SELECT pg_backend_pid()").mapTo(String.class).one();
      boolean[] armed = {false};
      boolean[] killed = {false};
      Consumer<String> beforeEach = sql -> {
        if (armed[0] && !killed[0]) {
          killed[0] = true;
          kill(id);
        } else if (which.test(sql)) {
          armed[0] = true;
        }
      };
      h.addCustomizer(new StatementCustomizer() {
        @Override
        public void beforeExecution(PreparedStatement statement, StatementContext ctx) {
          beforeEach.accept(ctx.getRenderedSql());
        }
      });
      h.getConfig(JoineryConfig.class)
          .setStatementListener((connection, sql) -> beforeEach.accept(sql));
      return operation.apply(h.attach(TutorialDao.class));
    });
  }

  private void kill(String id) {
    if (db.engine() == Engine.MARIADB) {
      db.execute("KILL CONNECTION " + id);
    } else {
      // Waits (up to 5 s) until the backend is gone.
      db.jdbi().withHandle(h -> h.createQuery("SELECT pg_terminate_backend(" + id + ", 5000)")
          .mapTo(Boolean.class).one());
    }
  }
}
