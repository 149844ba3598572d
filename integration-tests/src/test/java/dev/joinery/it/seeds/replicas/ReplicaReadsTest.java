package dev.joinery.it.seeds.replicas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.joinery.Joinery;
import dev.joinery.PoolOptions;
import dev.joinery.it.seeds.JoinerySchema;
import dev.joinery.query.Query;
import dev.joinery.schema.SchemaDef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Read replicas on real servers: a primary and a replica of it ({@link ReplicaPair}), started
 * once per class. Where each statement ran is read from the servers' own statement logs
 * ({@link ServerLog}), not taken from the router.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ReplicaReadsTest {
  private static final String[] TABLES = {"replica_authors", "replica_books"};

  private ReplicaPair pair;
  private ServerLog primaryLog;
  private ServerLog replicaLog;

  abstract ReplicaPair.Kind kind();

  @BeforeAll
  void startServers() throws Exception {
    pair = ReplicaPair.start(kind());
    try (Joinery db = Joinery.connect(options())) {
      SchemaDef tables = new SchemaDef(JoinerySchema.DEFINITION.tables().stream()
          .filter(t -> Set.of(TABLES).contains(t.name())).toList());
      db.sync(tables);
    }
    pair.awaitReplica();
  }

  @AfterAll
  void stopServers() {
    if (pair != null) {
      pair.close();
    }
  }

  @BeforeEach
  void logs() {
    primaryLog = pair.primaryLog();
    replicaLog = pair.replicaLog();
  }

  private PoolOptions options() {
    return PoolOptions.url(pair.primaryUrl()).user(ReplicaPair.USER).password(ReplicaPair.PASSWORD);
  }

  private void resetLogs() {
    primaryLog.reset();
    replicaLog.reset();
  }

  @Test
  @Order(1)
  void theReplicaRefusesWritesOfAnOrdinaryUser() throws SQLException {
    try (Connection replica = pair.replica(); Statement statement = replica.createStatement()) {
      assertThatThrownBy(() -> statement.executeUpdate(
          "INSERT INTO replica_authors (name) VALUES ('nobody')"))
          .isInstanceOfSatisfying(SQLException.class, e -> {
            if (kind() == ReplicaPair.Kind.MARIADB) {
              assertThat(e.getErrorCode()).as(e.getMessage()).isEqualTo(1290);
            } else {
              assertThat(e.getSQLState()).as(e.getMessage()).isEqualTo("25006");
            }
          });
    }
  }

  @Test
  @Order(2)
  void readsOutsideATransactionRunOnTheReplicaAndWritesOnThePrimary() throws Exception {
    try (Joinery db = Joinery.connect(options().read(pair.replicaUrl()))) {
      AuthorDao authors = db.jdbi().onDemand(AuthorDao.class);
      resetLogs();
      Author ann = authors.create(Author.of("Ann", List.of(Book.of("Ann 1"), Book.of("Ann 2"))),
          AuthorTable.BOOKS);

      // Connector/J rewrites the books' batch into one multi-row INSERT; PostgreSQL's driver
      // sends the batch of two in one round trip, which the server logs as two statements.
      assertThat(primaryLog.count("INSERT", TABLES)).as("author, then her books")
          .isEqualTo(kind() == ReplicaPair.Kind.MARIADB ? 2 : 3);
      assertThat(replicaLog.count("INSERT", TABLES)).isZero();

      pair.awaitReplica();
      resetLogs();
      List<Author> all = authors.findAll(Query.include(AuthorTable.BOOKS));
      Optional<Author> byKey = authors.findByPk(ann.id(), Query.include(AuthorTable.BOOKS));
      long count = authors.count();
      List<Book> books = authors.getBooks(ann);

      assertThat(all).filteredOn(a -> a.id().equals(ann.id())).singleElement()
          .satisfies(a -> assertThat(a.books()).extracting(Book::title)
              .containsExactlyInAnyOrder("Ann 1", "Ann 2"));
      assertThat(byKey).get().extracting(a -> a.books().size()).isEqualTo(2);
      assertThat(count).isEqualTo(all.size());
      assertThat(books).extracting(Book::title).containsExactlyInAnyOrder("Ann 1", "Ann 2");
      assertThat(replicaLog.selects(TABLES))
          .as("findAll (authors, then books), findByPk (one join), count, getBooks")
          .isEqualTo(5);
      assertThat(primaryLog.selects(TABLES)).isZero();
    }
  }

  @Test
  @Order(3)
  void readsInsideATransactionRunOnThePrimary() throws Exception {
    try (Joinery db = Joinery.connect(options().read(pair.replicaUrl()))) {
      Author bea = db.jdbi().onDemand(AuthorDao.class).create(Author.of("Bea", null));
      resetLogs();
      long count = db.jdbi().inTransaction(h -> {
        AuthorDao authors = h.attach(AuthorDao.class);
        assertThat(authors.findByPk(bea.id())).isPresent();
        return authors.count();
      });

      assertThat(count).isPositive();
      assertThat(primaryLog.selects(TABLES)).as("findByPk and count").isEqualTo(2);
      assertThat(replicaLog.selects(TABLES)).isZero();
    }
  }

  @Test
  @Order(4)
  void aReadOnThePrimarySeesTheRowJustWritten() throws Exception {
    // The DataSource form: the application's own pools, used as they are.
    try (HikariDataSource write = pool(pair.primaryUrl());
        HikariDataSource read = pool(pair.replicaUrl());
        Joinery db = Joinery.connect(write, List.of(read))) {
      AuthorDao authors = db.jdbi().onDemand(AuthorDao.class);
      for (int i = 0; i < 5; i++) {
        Author written = authors.create(Author.of("Cal " + i, null));
        resetLogs();
        Optional<Author> read1 = db.onPrimary(() -> authors.findByPk(written.id()));

        assertThat(read1).get().extracting(Author::name).isEqualTo("Cal " + i);
        assertThat(primaryLog.selects(TABLES)).isEqualTo(1);
        assertThat(replicaLog.selects(TABLES)).isZero();
      }
    }
  }

  @Test
  @Order(5)
  void readsTakeTheReadUrlsInTurn() throws Exception {
    // The primary's URL as a second read URL: each server's log shows its share.
    try (Joinery db = Joinery.connect(options().read(pair.replicaUrl(), pair.primaryUrl()))) {
      AuthorDao authors = db.jdbi().onDemand(AuthorDao.class);
      resetLogs();
      for (int i = 0; i < 6; i++) {
        authors.count();
      }

      assertThat(replicaLog.selects(TABLES)).isEqualTo(3);
      assertThat(primaryLog.selects(TABLES)).isEqualTo(3);
    }
  }

  @Test
  @Order(6)
  void forEachReadsOnTheReplica() throws Exception {
    try (Joinery db = Joinery.connect(options().read(pair.replicaUrl()))) {
      AuthorDao authors = db.jdbi().onDemand(AuthorDao.class);
      authors.create(Author.of("Dan", List.of(Book.of("Dan 1"))), AuthorTable.BOOKS);
      pair.awaitReplica();
      resetLogs();
      List<Author> seen = new ArrayList<>();
      authors.forEach(Query.include(AuthorTable.BOOKS), seen::add);

      assertThat(seen).extracting(Author::name).contains("Dan");
      assertThat(replicaLog.selects(TABLES)).as("authors, then books of the one chunk")
          .isEqualTo(2);
      assertThat(primaryLog.selects(TABLES)).isZero();
    }
  }

  /**
   * How far the replica trails: over 20 writes, how long from the write's return until a plain
   * SELECT on the replica finds the row; over 20 more, how often a DAO read routed to the replica
   * right after the write misses it.
   */
  @Test
  @Order(7)
  void measuresReplicationLag() throws Exception {
    try (Joinery db = Joinery.connect(options().read(pair.replicaUrl()));
        Connection replica = pair.replica();
        PreparedStatement find = replica.prepareStatement(
            "SELECT 1 FROM replica_authors WHERE id = ?")) {
      AuthorDao authors = db.jdbi().onDemand(AuthorDao.class);
      authors.count(); // opens the replica's pool before the clock runs
      List<Long> lagMicros = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        Author written = authors.create(Author.of("Eve " + i, null));
        long committed = System.nanoTime();
        find.setLong(1, written.id());
        while (!exists(find)) {
          if (System.nanoTime() - committed > 5_000_000_000L) {
            throw new AssertionError("row " + written.id() + " not on the replica after 5 s");
          }
        }
        lagMicros.add((System.nanoTime() - committed) / 1_000);
      }
      int missed = 0;
      for (int i = 0; i < 20; i++) {
        Author written = authors.create(Author.of("Fay " + i, null));
        if (authors.findByPk(written.id()).isEmpty()) {
          missed++;
        }
      }
      Collections.sort(lagMicros);
      System.out.println("ReplicaReadsTest: " + kind() + " replication lag over 20 single-row"
          + " writes: min " + lagMicros.get(0) + " µs, median " + lagMicros.get(10) + " µs, max "
          + lagMicros.get(19) + " µs; a replica read right after the write missed the row "
          + missed + " of 20 times");
      assertThat(lagMicros.get(19)).isLessThan(5_000_000L);
    }
  }

  @Test
  @Order(8)
  void aStoppedReplicaFailsNoReadAndIsUsedAgainOnceBack() throws Exception {
    try (Joinery db = Joinery.connect(options().read(pair.replicaUrl())
        .readCooldown(300).readAcquire(500))) {
      AuthorDao authors = db.jdbi().onDemand(AuthorDao.class);
      long before = authors.count();
      pair.killReplica();
      try {
        resetLogs();
        long started = System.nanoTime();
        for (int i = 0; i < 10; i++) {
          assertThat(authors.count()).isEqualTo(before);
        }
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("ReplicaReadsTest: " + kind() + " 10 reads with the replica down took "
            + tookMillis + " ms");
        assertThat(primaryLog.selects(TABLES)).as("the primary answers while the replica is down")
            .isEqualTo(10);
      } finally {
        pair.startReplica();
      }
      long deadline = System.nanoTime() + 10_000_000_000L;
      long onReplica = 0;
      while (onReplica == 0 && System.nanoTime() < deadline) {
        Thread.sleep(100);
        replicaLog.reset();
        assertThat(authors.count()).isEqualTo(before);
        onReplica = replicaLog.selects(TABLES);
      }
      assertThat(onReplica).as("a read reached the restarted replica within 10 s").isEqualTo(1);
    }
  }

  private static boolean exists(PreparedStatement find) throws SQLException {
    try (ResultSet rs = find.executeQuery()) {
      return rs.next();
    }
  }

  private static HikariDataSource pool(String url) {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(url);
    pool.setUsername(ReplicaPair.USER);
    pool.setPassword(ReplicaPair.PASSWORD);
    pool.setMaximumPoolSize(2);
    return pool;
  }
}
