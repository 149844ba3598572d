package dev.joinery.it.galera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.joinery.Joinery;
import dev.joinery.PoolOptions;
import dev.joinery.it.SeedDb;
import dev.joinery.it.seeds.tutorials.Comment;
import dev.joinery.it.seeds.tutorials.Tutorial;
import dev.joinery.it.seeds.tutorials.TutorialDao;
import dev.joinery.it.seeds.tutorials.TutorialTable;
import dev.joinery.testing.Engine;
import dev.joinery.testing.GaleraCluster;
import dev.joinery.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Eight writers run nested creates (a tutorial and three comments) through the load-balancing
 * URL; one node is killed with SIGKILL part way through, then restarted. Every acknowledged tree
 * must be stored whole, no stored tree may be partial, and every writer must be writing again
 * within a few seconds of the kill. Prints the figures BENCHMARKS.md records. The writers warm up
 * until each has written once; then the run lasts {@code -Djoinery.galera.killRun} seconds (10
 * in the suite), the kill at 40 % of it, and goes on until every writer has written again.
 */
class KillANodeTest {
  private static final int WRITERS = 8;
  private static final int VICTIM = 3;

  /** A tree the database acknowledged: its create returned. */
  private record Ack(String title, long id, long at) {}

  @Test
  void eightWritersLoseNothingWhenANodeIsKilledAndTheNodeRejoins() throws Exception {
    assumeTrue(GaleraCluster.enabled(), "the galera execution runs this (-Djoinery.galera=true)");
    GaleraCluster cluster = GaleraCluster.require();
    long runNanos = TimeUnit.SECONDS.toNanos(Integer.getInteger("joinery.galera.killRun", 10));
    try (TestDatabase db = TestDatabase.create(Engine.MARIADB);
        Joinery pool = Joinery.connect(PoolOptions.url(db.jdbcUrl()).max(WRITERS + 2)
            .acquire(20_000))) {
      SeedDb.sync(db, "tutorials", "comments");
      TutorialDao tutorials = pool.jdbi().onDemand(TutorialDao.class);
      List<Ack> acks = new CopyOnWriteArrayList<>();
      Map<String, Integer> failures = new ConcurrentHashMap<>();
      // Writers stop at `end`, set once every writer has written (so the JIT, the pool and the
      // first connections are behind us): a before-window of 40 % of the run, the kill, the rest.
      AtomicLong end = new AtomicLong(Long.MAX_VALUE);
      ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
      for (int w = 0; w < WRITERS; w++) {
        String writer = "w" + w;
        writers.submit(() -> {
          for (int i = 0; System.nanoTime() < end.get(); i++) {
            String title = writer + "-" + i;
            try {
              Tutorial created = tutorials.create(tree(title),
                  List.of(TutorialTable.COMMENTS.include()));
              acks.add(new Ack(title, created.id(), System.nanoTime()));
            } catch (RuntimeException e) {
              // Not acknowledged: the application would retry; this writer goes on.
              failures.merge(e.getClass().getSimpleName(), 1, Integer::sum);
              sleep(50);
            }
          }
        });
      }
      long warmDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (acks.stream().map(a -> a.title().substring(0, a.title().indexOf('-'))).distinct()
          .count() < WRITERS && System.nanoTime() < warmDeadline) {
        sleep(20);
      }
      long start = System.nanoTime();
      end.set(start + runNanos);
      sleepUntil(start + runNanos * 2 / 5);
      cluster.kill(VICTIM);
      long killed = System.nanoTime();
      // Run on until every writer has written again (at most 30 s), and at least 2 s more.
      long resumeDeadline = killed + TimeUnit.SECONDS.toNanos(30);
      while (resumed(acks, killed) < WRITERS && System.nanoTime() < resumeDeadline) {
        sleep(20);
      }
      end.set(Math.max(start + runNanos, System.nanoTime() + TimeUnit.SECONDS.toNanos(2)));
      writers.shutdown();
      assertThat(writers.awaitTermination(runNanos + TimeUnit.SECONDS.toNanos(60),
          TimeUnit.NANOSECONDS)).isTrue();

      long rejoinStart = System.nanoTime();
      cluster.restart(VICTIM);
      long rejoinMillis = millis(System.nanoTime() - rejoinStart);

      // Every acknowledged tree, whole; no partial tree at all (read on the rejoined node too).
      Map<String, long[]> stored = trees(cluster.databaseUrl(db.name(), 1, 2, 3));
      for (Ack ack : acks) {
        assertThat(stored.get(ack.title())).as("acknowledged %s", ack.title()).isNotNull();
        assertThat(stored.get(ack.title())).as("acknowledged %s", ack.title())
            .containsExactly(ack.id(), 3);
      }
      assertThat(stored.values()).as("no partial tree").allMatch(tree -> tree[1] == 3);
      assertThat(trees(cluster.nodeUrl(VICTIM, db.name()) + "&sessionVariables=wsrep_sync_wait=15"))
          .as("the rejoined node has every tree").hasSameSizeAs(stored);

      long firstMillis = millis(acks.stream().filter(a -> a.at() > killed).mapToLong(Ack::at)
          .min().orElse(end.get()) - killed);
      long resumedMillis = 0;
      int resumedWriters = 0;
      for (int w = 0; w < WRITERS; w++) {
        String prefix = "w" + w + "-";
        long first = acks.stream().filter(a -> a.title().startsWith(prefix) && a.at() > killed)
            .mapToLong(Ack::at).min().orElse(Long.MAX_VALUE);
        if (first != Long.MAX_VALUE) {
          resumedWriters++;
          resumedMillis = Math.max(resumedMillis, millis(first - killed));
        }
      }
      double before = rate(acks, start, killed);
      double after = rate(acks, killed + TimeUnit.MILLISECONDS.toNanos(resumedMillis), end.get());
      System.out.printf("galera kill-a-node: %d writers, %d s run, node %d killed at %.1f s;"
              + " acknowledged %d trees, stored %d, lost 0, partial 0; before %.0f trees/s,"
              + " after %.0f trees/s (2 nodes); first write after the kill %d ms, %d of %d writers"
              + " writing again within %d ms; failed calls %s; node rejoined (Synced) in %d ms%n",
          WRITERS, TimeUnit.NANOSECONDS.toSeconds(runNanos), VICTIM,
          (killed - start) / 1e9, acks.size(), stored.size(), before, after, firstMillis,
          resumedWriters, WRITERS, resumedMillis, failures, rejoinMillis);
      assertThat(firstMillis).as("the survivors take writes again within a few seconds")
          .isLessThan(15_000);
    }
  }

  /** How many writers have had a tree acknowledged after {@code since}. */
  private static long resumed(List<Ack> acks, long since) {
    return acks.stream().filter(a -> a.at() > since)
        .map(a -> a.title().substring(0, a.title().indexOf('-'))).distinct().count();
  }

  private static Tutorial tree(String title) {
    return new Tutorial(null, title, "d", false, null, null, IntStream.range(0, 3)
        .mapToObj(i -> Comment.of(title + "/" + i, "text")).toList(), null);
  }

  /** Title -> {id, number of comments} of every stored tutorial, read through {@code url}. */
  private static Map<String, long[]> trees(String url) throws SQLException {
    Map<String, long[]> trees = new HashMap<>();
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT t.title, t.id, COUNT(c.id) FROM tutorials t"
            + " LEFT JOIN comments c ON c.tutorial_id = t.id GROUP BY t.id, t.title")) {
      while (rs.next()) {
        trees.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
      }
    }
    return trees;
  }

  private static double rate(List<Ack> acks, long from, long to) {
    if (to <= from) {
      return 0;
    }
    long count = acks.stream().filter(a -> a.at() >= from && a.at() < to).count();
    return count / ((to - from) / 1e9);
  }

  private static long millis(long nanos) {
    return TimeUnit.NANOSECONDS.toMillis(nanos);
  }

  private static void sleepUntil(long nanoTime) {
    long left = nanoTime - System.nanoTime();
    if (left > 0) {
      sleep(TimeUnit.NANOSECONDS.toMillis(left));
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
