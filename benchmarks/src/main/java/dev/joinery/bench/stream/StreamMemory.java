package dev.joinery.bench.stream;

import dev.joinery.JoineryConfig;
import dev.joinery.StreamConfig;
import dev.joinery.bench.BenchDatabase;
import dev.joinery.bench.Engine;
import dev.joinery.bench.StatementCounter;
import dev.joinery.bench.model.CustomerDao;
import dev.joinery.bench.model.CustomerTable;
import dev.joinery.bench.model.TutorialDao;
import dev.joinery.bench.model.TutorialTable;
import dev.joinery.query.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;

/**
 * The memory proof of streaming reads: streams 1,000,000 customers with their addresses and
 * 1,000,000 tutorials with 10 comments each through the generated DAOs' {@code forEach}, and
 * reports per read the rows seen, the statements sent, the time taken and the heap it needed.
 * Run it with a small heap; a read that held its rows would fail with {@code OutOfMemoryError}:
 *
 * <pre>{@code
 * java -Xmx256m -cp benchmarks/target/benchmarks.jar dev.joinery.bench.stream.StreamMemory \
 *     [MARIADB] [POSTGRESQL] [--customers=N] [--tutorials=N] [--comments=N] [--chunk=N]
 * }</pre>
 *
 * Not a JMH benchmark and not part of the build: it loads 13 million rows per database (bulk
 * paths, see {@link BulkLoad}) into a database of its own, dropped at the end. The heap is
 * reported as the largest live heap found by a full collection after every 100,000 roots, as the
 * largest heap left after any collection, and as the heap pools' peak (see {@link HeapWatch}).
 */
public final class StreamMemory {
  private static final String TIME = "2024-01-01 00:00:00";

  private long customers = 1_000_000;
  private long tutorials = 1_000_000;
  private int commentsEach = 10;
  private int chunk = StreamConfig.DEFAULT_CHUNK_SIZE;
  private final List<Engine> engines = new ArrayList<>();
  private final List<String> report = new ArrayList<>();

  private StreamMemory() {}

  public static void main(String[] args) {
    StreamMemory run = new StreamMemory();
    for (String arg : args) {
      if (arg.startsWith("--customers=")) {
        run.customers = Long.parseLong(arg.substring(12));
      } else if (arg.startsWith("--tutorials=")) {
        run.tutorials = Long.parseLong(arg.substring(12));
      } else if (arg.startsWith("--comments=")) {
        run.commentsEach = Integer.parseInt(arg.substring(11));
      } else if (arg.startsWith("--chunk=")) {
        run.chunk = Integer.parseInt(arg.substring(8));
      } else {
        run.engines.add(Engine.valueOf(arg.toUpperCase(Locale.ROOT)));
      }
    }
    if (run.engines.isEmpty()) {
      run.engines.addAll(List.of(Engine.MARIADB, Engine.POSTGRESQL));
    }
    System.out.printf(Locale.ROOT, "max heap %d MB, chunk %d roots, JDK %s%n",
        Runtime.getRuntime().maxMemory() >> 20, run.chunk, Runtime.version());
    for (Engine engine : run.engines) {
      run.run(engine);
    }
    System.out.println();
    System.out.println("| db | read | roots / included rows | statements | load s | stream s"
        + " | live heap max (full GC every 100k roots) | heap after any GC max | heap pools' peak | GCs |");
    System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    run.report.forEach(System.out::println);
  }

  private void run(Engine engine) {
    // A server-side cursor for the stream; LOAD DATA LOCAL from the client for the load.
    String extra = engine == Engine.MARIADB ? "useCursorFetch=true&allowLoadLocalInfile=true" : "";
    try (BenchDatabase db = BenchDatabase.create(engine, extra)) {
      long loadStart = System.nanoTime();
      load(db);
      double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
      System.out.printf(Locale.ROOT, "%s: loaded %d customers, %d addresses, %d tutorials, %d comments"
          + " in %.1f s%n", engine, customers, customers, tutorials, tutorials * commentsEach,
          loadSeconds);

      Jdbi jdbi = db.jdbi();
      jdbi.getConfig(StreamConfig.class).setChunkSize(chunk);
      StatementCounter statements = new StatementCounter();
      jdbi.getConfig(SqlStatements.class).setSqlLogger(statements);
      jdbi.getConfig(JoineryConfig.class).setStatementListener(statements);

      measure(engine, String.format(Locale.ROOT, "%,d customers include address", customers),
          loadSeconds, statements, watch -> {
            long[] seen = new long[2];
            jdbi.onDemand(CustomerDao.class).forEach(
                Query.include(CustomerTable.ADDRESS), customer -> {
                  seen[1] += customer.address() == null ? 0 : 1;
                  if (++seen[0] % 100_000 == 0) {
                    watch.sampleLive();
                  }
                });
            return check(seen, customers, customers);
          });
      StatementCounter more = new StatementCounter();
      jdbi.getConfig(SqlStatements.class).setSqlLogger(more);
      jdbi.getConfig(JoineryConfig.class).setStatementListener(more);
      measure(engine, String.format(Locale.ROOT, "%,d tutorials include comments (%d each)",
              tutorials, commentsEach), loadSeconds, more, watch -> {
            long[] seen = new long[2];
            jdbi.onDemand(TutorialDao.class).forEach(
                Query.include(TutorialTable.COMMENTS), tutorial -> {
                  seen[1] += tutorial.comments().size();
                  if (++seen[0] % 100_000 == 0) {
                    watch.sampleLive();
                  }
                });
            return check(seen, tutorials, tutorials * commentsEach);
          });
    }
  }

  private void load(BenchDatabase db) {
    boolean postgres = db.engine() == Engine.POSTGRESQL;
    String time = postgres ? TIME + "+00" : TIME;
    BulkLoad bulk = new BulkLoad(db);
    bulk.load("customers", List.of("id", "firstname", "lastname", "age"), customers,
        n -> n + "\tFirstname" + n + "\tLastname" + n + "\t" + (18 + n % 60));
    bulk.load("addresses", List.of("id", "street", "postcode", "customer_id"), customers,
        n -> n + "\t" + n + " Joinery Street\t" + (10_000 + n % 90_000) + "\t" + n);
    bulk.load("tutorials",
        List.of("id", "title", "description", "published", "created_at", "updated_at"), tutorials,
        n -> n + "\tTutorial " + n + "\tHow to do thing number " + n + " with Joinery\t"
            + (n % 2 == 0 ? "1" : "0") + "\t" + time + "\t" + time);
    bulk.load("comments", List.of("id", "name", "text", "created_at", "tutorial_id"),
        tutorials * commentsEach,
        n -> n + "\tReader " + n % 997 + "\tComment " + n + ": a useful read, thank you.\t" + time
            + "\t" + ((n - 1) / commentsEach + 1));
  }

  private static String check(long[] seen, long roots, long children) {
    if (seen[0] != roots || seen[1] != children) {
      throw new IllegalStateException("expected " + roots + " roots and " + children
          + " included rows, streamed " + seen[0] + " and " + seen[1]);
    }
    return String.format(Locale.ROOT, "%,d / %,d", seen[0], seen[1]);
  }

  private interface Read {
    String run(HeapWatch watch);
  }

  private void measure(Engine engine, String name, double loadSeconds, StatementCounter statements,
      Read read) {
    try (HeapWatch watch = HeapWatch.start()) {
      long start = System.nanoTime();
      String rows = read.run(watch);
      double seconds = (System.nanoTime() - start) / 1e9;
      String line = String.format(Locale.ROOT, "| %s | %s | %s | %,d | %.1f | %.1f | %d MB | %d MB"
              + " | %d MB | %d |", engine, name, rows, statements.count(), loadSeconds, seconds,
          watch.maxLive() >> 20, watch.maxLiveAfterGc() >> 20, watch.peakUsed() >> 20,
          watch.collections());
      System.out.println(line);
      report.add(line);
    }
  }
}
