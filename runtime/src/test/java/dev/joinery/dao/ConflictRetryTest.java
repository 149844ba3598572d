package dev.joinery.dao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.joinery.JoineryConfig;
import dev.joinery.RetryPolicy;
import dev.joinery.TransactionConflictException;
import dev.joinery.fixtures.Comment;
import dev.joinery.fixtures.Tutorial;
import dev.joinery.fixtures.TutorialDao;
import dev.joinery.fixtures.TutorialTable;
import dev.joinery.testing.DatabaseTest;
import dev.joinery.testing.Engine;
import dev.joinery.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;

/**
 * The retry of Joinery's own transactions on a conflict, provoked as a real deadlock: a nested
 * update (tutorial row first, then its comment) against a plain JDBC transaction that holds the
 * comment and then asks for the tutorial. The database rolls back the lighter transaction, the
 * nested update (MariaDB: fewer changed rows, error 1213 / SQLSTATE 40001; PostgreSQL: the waiter
 * whose deadlock check runs first, SQLSTATE 40P01). Deadlocks are retried by default because
 * MariaDB reports a Galera certification conflict with the same 1213.
 */
class ConflictRetryTest {
  private TestDatabase db;
  private TutorialDao tutorials;
  private Tutorial joins;
  private final List<String> retries = new CopyOnWriteArrayList<>();

  @BeforeEach
  void seed(TestDatabase db) {
    this.db = db;
    FixtureDb.createSchema(db);
    db.jdbi().getConfig(JoineryConfig.class).setRetry(RetryPolicy.defaults()
        .onRetry((table, retry, conflict) -> retries.add(table + " #" + retry + " "
            + conflict.getSQLState())));
    tutorials = db.jdbi().onDemand(TutorialDao.class);
    joins = tutorials.create(new Tutorial(null, "Joins", "inner and outer", true, null, null,
        List.of(Comment.of("ann", "nice")), null), List.of(TutorialTable.COMMENTS.include()));
  }

  /** The tutorial retitled and its comment rewritten: UPDATE tutorials, then UPDATE comments. */
  private Tutorial edited() {
    Comment ann = joins.comments().get(0);
    return new Tutorial(joins.id(), "Joins, revised", joins.description(), true, null, null,
        List.of(new Comment(ann.id(), ann.name(), "great", ann.createdAt(), ann.tutorialId(),
            null)), null);
  }

  @DatabaseTest({Engine.MARIADB, Engine.POSTGRESQL})
  void aDeadlockedNestedUpdateIsRunAgainAndWins(TestDatabase db) throws Exception {
    try (Connection other = DriverManager.getConnection(db.jdbcUrl())) {
      other.setAutoCommit(false);
      heavyTransactionHoldingTheComment(other);

      CompletableFuture<Tutorial> update = CompletableFuture.supplyAsync(() ->
          tutorials.update(edited(), TutorialTable.COMMENTS));
      awaitOneLockWait();
      try (Statement statement = other.createStatement()) {
        statement.executeUpdate(q("UPDATE \"tutorials\" SET \"description\" = 'other'"
            + " WHERE \"id\" = " + joins.id()));
      }
      other.commit();

      Tutorial saved = update.get(30, TimeUnit.SECONDS);
      assertThat(retries).containsExactly("tutorials #1 "
          + (db.engine() == Engine.MARIADB ? "40001" : "40P01"));
      assertThat(saved.title()).isEqualTo("Joins, revised");
    }
    assertThat(FixtureDb.column(db, "SELECT \"title\" FROM \"tutorials\""))
        .containsExactly("Joins, revised");
    assertThat(FixtureDb.column(db, "SELECT \"text\" FROM \"comments\""))
        .containsExactly("great");
  }

  @DatabaseTest({Engine.MARIADB, Engine.POSTGRESQL})
  void inTheCallersTransactionTheConflictIsThrownNotRetried(TestDatabase db) throws Exception {
    try (Connection other = DriverManager.getConnection(db.jdbcUrl())) {
      other.setAutoCommit(false);
      heavyTransactionHoldingTheComment(other);

      CompletableFuture<Tutorial> update = CompletableFuture.supplyAsync(() ->
          db.jdbi().inTransaction(h -> h.attach(TutorialDao.class)
              .update(edited(), TutorialTable.COMMENTS)));
      awaitOneLockWait();
      try (Statement statement = other.createStatement()) {
        statement.executeUpdate(q("UPDATE \"tutorials\" SET \"description\" = 'other'"
            + " WHERE \"id\" = " + joins.id()));
      }
      other.commit();

      assertThatThrownBy(() -> update.get(30, TimeUnit.SECONDS))
          .cause()
          .isInstanceOfSatisfying(TransactionConflictException.class, e -> {
            assertThat(e.callerOwned()).isTrue();
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.table()).isEqualTo("tutorials");
            assertThat(e.getMessage())
                .startsWith("The database rolled back a transaction on tutorials because it"
                    + " conflicted with a concurrent one (SQLSTATE "
                    + (db.engine() == Engine.MARIADB ? "40001, error 1213" : "40P01, error 0"))
                .endsWith("; it was your transaction, which Joinery does not retry: run it again"
                    + " from its start");
          });
    }
    assertThat(retries).isEmpty();
    assertThat(FixtureDb.column(db, "SELECT \"title\" FROM \"tutorials\""))
        .containsExactly("Joins");
    assertThat(FixtureDb.column(db, "SELECT \"description\" FROM \"tutorials\""))
        .containsExactly("other");
  }

  @DatabaseTest({Engine.MARIADB, Engine.POSTGRESQL})
  void withNoRetriesTheConflictIsThrownAfterOneRun(TestDatabase db) throws Exception {
    db.jdbi().getConfig(JoineryConfig.class).setRetry(RetryPolicy.defaults().max(0)
        .onRetry((table, retry, conflict) -> retries.add(table)));
    try (Connection other = DriverManager.getConnection(db.jdbcUrl())) {
      other.setAutoCommit(false);
      heavyTransactionHoldingTheComment(other);

      CompletableFuture<Tutorial> update = CompletableFuture.supplyAsync(() ->
          tutorials.update(edited(), TutorialTable.COMMENTS));
      awaitOneLockWait();
      try (Statement statement = other.createStatement()) {
        statement.executeUpdate(q("UPDATE \"tutorials\" SET \"description\" = 'other'"
            + " WHERE \"id\" = " + joins.id()));
      }
      other.commit();

      assertThatThrownBy(() -> update.get(30, TimeUnit.SECONDS))
          .cause()
          .isInstanceOfSatisfying(TransactionConflictException.class, e -> {
            assertThat(e.callerOwned()).isFalse();
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.getMessage()).endsWith("; Joinery ran it 1 time (RetryPolicy.max = 0):"
                + " retry later or raise JoineryConfig.setRetry(...max(n))");
          });
    }
    assertThat(retries).isEmpty();
    assertThat(FixtureDb.column(db, "SELECT \"text\" FROM \"comments\"")).as("the other's")
        .containsExactly("held");
  }

  @DatabaseTest(Engine.H2)
  void thePolicyMatchesByStateOrCodeAndBacksOffWithinItsBounds(TestDatabase db) {
    RetryPolicy policy = RetryPolicy.defaults();
    assertThat(policy.matches(new SQLException("deadlock", "40001", 1213))).isTrue();
    assertThat(policy.matches(new SQLException("galera", "HY000", 1213))).isTrue();
    assertThat(policy.matches(new SQLException("pg deadlock", "40P01"))).isTrue();
    assertThat(policy.matches(new SQLException("lock wait timeout", "HY000", 1205))).isFalse();
    assertThat(policy.matchErrorCodes(1213, 1205)
        .matches(new SQLException("lock wait timeout", "HY000", 1205))).isTrue();
    assertThat(policy.matchSqlStates().matchErrorCodes()
        .matches(new SQLException("deadlock", "40001", 1213))).isFalse();
    RetryPolicy bounded = policy.backoff(Duration.ofMillis(100), Duration.ofMillis(300));
    assertThat(bounded.delay(1)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
    assertThat(bounded.delay(2)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
    assertThat(bounded.delay(5)).isBetween(Duration.ofMillis(150), Duration.ofMillis(300));
    assertThatThrownBy(() -> policy.max(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("retries must be 0 or more, not -1");
    assertThat(new JoineryConfig().retry()).as("the default").isSameAs(policy);
  }

  /**
   * Locks the comment in {@code other}'s transaction, after enough other writes that MariaDB
   * picks the nested update (the lighter transaction) as the deadlock's victim.
   */
  private void heavyTransactionHoldingTheComment(Connection other) throws SQLException {
    try (Statement statement = other.createStatement()) {
      for (int i = 0; i < 20; i++) {
        statement.executeUpdate(q("INSERT INTO \"tags\" (\"name\") VALUES ('t" + i + "')"));
      }
      statement.executeUpdate(q("UPDATE \"comments\" SET \"text\" = 'held'"));
    }
  }

  /**
   * Waits until a session of this test's database waits for a row lock. Polled every 200 ms:
   * InnoDB refreshes its {@code information_schema.innodb_trx} cache only when it was not read
   * for 100 ms, so a faster poll keeps reading the state from before the wait.
   */
  private void awaitOneLockWait() throws Exception {
    String sql = db.engine() == Engine.MARIADB
        ? "SELECT COUNT(*) FROM information_schema.innodb_trx t"
            + " JOIN information_schema.processlist p ON p.id = t.trx_mysql_thread_id"
            + " WHERE t.trx_state = 'LOCK WAIT' AND p.db = DATABASE()"
        : "SELECT COUNT(*) FROM pg_stat_activity"
            + " WHERE datname = current_database() AND wait_event_type = 'Lock'";
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    try (Connection watcher = DriverManager.getConnection(db.jdbcUrl());
        Statement statement = watcher.createStatement()) {
      while (System.nanoTime() < deadline) {
        try (ResultSet rs = statement.executeQuery(sql)) {
          rs.next();
          if (rs.getLong(1) > 0) {
            return;
          }
        }
        Thread.sleep(200);
      }
    }
    throw new AssertionError("the nested update never waited for the comment's lock");
  }

  private String q(String sql) {
    return sql.replace("\"", db.q("x").substring(0, 1));
  }
}
