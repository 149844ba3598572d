package dev.joinery.it.galera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.joinery.Joinery;
import dev.joinery.JoineryConfig;
import dev.joinery.PoolOptions;
import dev.joinery.RetryPolicy;
import dev.joinery.TransactionConflictException;
import dev.joinery.it.SeedDb;
import dev.joinery.it.seeds.JoinerySchema;
import dev.joinery.it.seeds.tutorials.Comment;
import dev.joinery.it.seeds.tutorials.Tutorial;
import dev.joinery.it.seeds.tutorials.TutorialDao;
import dev.joinery.it.seeds.tutorials.TutorialTable;
import dev.joinery.schema.SchemaSync;
import dev.joinery.schema.SyncMode;
import dev.joinery.testing.Engine;
import dev.joinery.testing.GaleraCluster;
import dev.joinery.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a multi-primary Galera cluster changes, on the harness's three nodes
 * ({@link GaleraCluster}; runs in the {@code galera} execution of this module only): keys that
 * step by the cluster size, certification conflicts between writers on two nodes, DDL through
 * one node read back through another.
 */
class GaleraTest {
  private static GaleraCluster cluster;
  private TestDatabase db;
  private final List<Joinery> pools = new ArrayList<>();

  @BeforeAll
  static void cluster() {
    assumeTrue(GaleraCluster.enabled(), "the galera execution runs this (-Djoinery.galera=true)");
    cluster = GaleraCluster.require();
  }

  @BeforeEach
  void database() {
    db = TestDatabase.create(Engine.MARIADB);
  }

  @AfterEach
  void close() {
    pools.forEach(Joinery::close);
    db.close();
  }

  /** A pool on this test's database through {@code nodes} only. */
  private Joinery on(int... nodes) {
    Joinery pool = Joinery.connect(PoolOptions.url(cluster.databaseUrl(db.name(), nodes)).max(8));
    pools.add(pool);
    return pool;
  }

  private static Tutorial tree(String title, int comments) {
    List<Comment> children = IntStream.range(0, comments)
        .mapToObj(i -> Comment.of(title + "/" + i, "text")).toList();
    return new Tutorial(null, title, "d", false, null, null, children, null);
  }

  @Test
  void bulkCreateOf1500RowsMapsEveryStridedKeyBackToItsRow() {
    SeedDb.sync(db, "tutorials");
    TutorialDao tutorials = db.jdbi().onDemand(TutorialDao.class);
    List<Tutorial> rows = IntStream.range(0, 1500)
        .mapToObj(i -> Tutorial.of("t" + i, "d" + i)).toList();

    List<Tutorial> created = tutorials.bulkCreate(rows);

    assertThat(db.counter().count()).as("one batch: one multi-row INSERT").isEqualTo(1);
    assertThat(created.get(1).id() - created.get(0).id())
        .as("auto_increment_increment = cluster size").isEqualTo(GaleraCluster.NODES);
    // Read on another node at once: wsrep_sync_wait makes it wait for the batch.
    Map<Long, String> stored = new HashMap<>();
    for (Map<String, Object> row : SeedDb.rows(db, "SELECT \"id\", \"title\" FROM \"tutorials\"")) {
      stored.put(((Number) row.get("id")).longValue(), (String) row.get("title"));
    }
    assertThat(stored).hasSize(1500);
    for (int i = 0; i < created.size(); i++) {
      assertThat(stored.get(created.get(i).id())).as("row %d", i).isEqualTo("t" + i);
    }
    TutorialDao onNode3 = on(3).jdbi().onDemand(TutorialDao.class);
    assertThat(onNode3.findByPk(created.get(1499).id()).orElseThrow().title()).isEqualTo("t1499");
  }

  @Test
  void nestedUpdatesOfTheSameTreeFromTwoNodesAreRetriedAndStayWhole() throws Exception {
    SeedDb.sync(db, "tutorials", "comments");
    Tutorial stored = db.jdbi().onDemand(TutorialDao.class)
        .create(tree("start", 3), List.of(TutorialTable.COMMENTS.include()));
    AtomicInteger retries = new AtomicInteger();
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    int updates = 25;
    List<CompletableFuture<Void>> writers = new ArrayList<>();
    for (int node = 1; node <= 2; node++) {
      Joinery pool = on(node);
      pool.jdbi().getConfig(JoineryConfig.class).setRetry(RetryPolicy.defaults().max(30)
          .backoff(Duration.ofMillis(2), Duration.ofMillis(50))
          .onRetry((table, retry, conflict) -> retries.incrementAndGet()));
      TutorialDao tutorials = pool.jdbi().onDemand(TutorialDao.class);
      String writer = "node" + node;
      writers.add(CompletableFuture.runAsync(() -> {
        for (int i = 0; i < updates; i++) {
          String stamp = writer + "-" + i;
          try {
            tutorials.update(new Tutorial(stored.id(), stamp, "d", false, null, null,
                stored.comments().stream().map(c -> new Comment(c.id(), c.name(), stamp,
                    c.tutorialId(), null)).toList(), null), TutorialTable.COMMENTS);
          } catch (RuntimeException e) {
            failures.add(e);
          }
        }
      }));
    }
    CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);

    assertThat(failures).isEmpty();
    assertThat(retries.get()).as("certification conflicts retried").isPositive();
    List<String> titles = SeedDb.lines(db, "SELECT \"title\" FROM \"tutorials\"");
    assertThat(titles).hasSize(1).first().isIn("node1-" + (updates - 1), "node2-" + (updates - 1));
    assertThat(SeedDb.lines(db, "SELECT \"text\" FROM \"comments\""))
        .as("the tree committed whole").containsOnly(titles.get(0)).hasSize(3);
    System.out.println("galera: " + retries.get() + " retries over " + 2 * updates
        + " nested updates from two nodes");
  }

  @Test
  void aConflictInTheCallersTransactionIsTypedAndNotRetried() throws Exception {
    SeedDb.sync(db, "tutorials", "comments");
    Tutorial stored = db.jdbi().onDemand(TutorialDao.class).create(tree("start", 1),
        List.of(TutorialTable.COMMENTS.include()));
    AtomicInteger retries = new AtomicInteger();
    Joinery node1 = on(1);
    node1.jdbi().getConfig(JoineryConfig.class).setRetry(RetryPolicy.defaults()
        .onRetry((table, retry, conflict) -> retries.incrementAndGet()));

    assertThatThrownBy(() -> node1.jdbi().useTransaction(h -> {
      TutorialDao tutorials = h.attach(TutorialDao.class);
      tutorials.update(new Tutorial(stored.id(), "mine", "d", false, null, null, null, null));
      // Another node commits a write of the same row: its replication aborts this transaction.
      try (Connection other = DriverManager.getConnection(cluster.nodeUrl(2, db.name()));
          Statement statement = other.createStatement()) {
        statement.executeUpdate("UPDATE tutorials SET title = 'theirs' WHERE id = "
            + stored.id());
      }
      cluster.awaitApplied();
      tutorials.update(new Tutorial(stored.id(), "mine again", "d", false, null, null,
          List.of(), null), TutorialTable.COMMENTS);
    })).isInstanceOfSatisfying(TransactionConflictException.class, e -> {
      assertThat(e.callerOwned()).isTrue();
      assertThat(e.attempts()).isEqualTo(1);
      assertThat(e.table()).isEqualTo("tutorials");
      assertThat(e.getMessage()).contains("(SQLSTATE 40001, error 1213: ")
          .endsWith("it was your transaction, which Joinery does not retry: run it again from"
              + " its start");
    });
    assertThat(retries.get()).isZero();
    assertThat(SeedDb.lines(db, "SELECT \"title\" FROM \"tutorials\"")).containsExactly("theirs");
    assertThat(SeedDb.lines(db, "SELECT COUNT(*) FROM \"comments\"")).containsExactly("1");
  }

  @Test
  void theCatalogReadRightAfterDdlOnAnotherNodeSeesIt() {
    Joinery node1 = on(1);
    Joinery node3 = on(3);
    List<String> created = node1.jdbi().withHandle(h ->
        SchemaSync.sync(h, JoinerySchema.DEFINITION, SyncMode.CREATE));
    assertThat(created).isNotEmpty();

    List<String> plan = node3.jdbi().withHandle(h ->
        SchemaSync.sync(h, JoinerySchema.DEFINITION, SyncMode.ALTER));

    assertThat(plan).as("node 3 sees every table, column, index and key at once").isEmpty();
    // Galera certifies and deletes rows by primary key: every generated table, junctions too.
    assertThat(SeedDb.lines(db, "SELECT t.table_name FROM information_schema.tables t"
        + " WHERE t.table_schema = DATABASE() AND NOT EXISTS (SELECT 1 FROM"
        + " information_schema.table_constraints c WHERE c.table_schema = t.table_schema"
        + " AND c.table_name = t.table_name AND c.constraint_type = 'PRIMARY KEY')"))
        .as("tables without a primary key").isEmpty();
    assertThat(SeedDb.lines(db, "SELECT COUNT(*) FROM information_schema.tables"
        + " WHERE table_schema = DATABASE()")).containsExactly(String.valueOf(created.stream()
        .filter(sql -> sql.startsWith("CREATE TABLE")).count()));
  }

  @Test
  void ddlWhileAReaderOnAnotherNodeHoldsTheTableDoesNotHang() throws Exception {
    SeedDb.sync(db, "tutorials");
    try (Connection reader = DriverManager.getConnection(cluster.nodeUrl(2, db.name()))) {
      reader.setAutoCommit(false);
      try (Statement statement = reader.createStatement()) {
        statement.executeQuery("SELECT COUNT(*) FROM tutorials").close();
      }
      long start = System.nanoTime();
      try (Connection ddl = DriverManager.getConnection(cluster.nodeUrl(1, db.name())
              + "&sessionVariables=lock_wait_timeout=20");
          Statement statement = ddl.createStatement()) {
        statement.execute("CREATE INDEX tutorials_title ON tutorials (title)");
      }
      cluster.awaitApplied();
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      System.out.println("galera: CREATE INDEX with a reader open on another node: " + millis
          + " ms");
      assertThat(millis).as("replicated DDL aborts the reader instead of waiting for it")
          .isLessThan(20_000);
      assertThatThrownBy(reader::rollback).as("the reader's transaction was aborted for the DDL")
          .isInstanceOfSatisfying(SQLException.class,
              e -> assertThat(e.getErrorCode()).isEqualTo(1213));
    }
    assertThat(SeedDb.lines(db, "SELECT COUNT(*) FROM information_schema.statistics"
        + " WHERE table_schema = DATABASE() AND index_name = 'tutorials_title'"))
        .containsExactly("1");
  }
}
