package dev.joinery.it.seeds.replicas;

import dev.joinery.testing.LocalServers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A primary and a read replica of it, started for a test class from the project's own scripts
 * ({@code src/test/resources/replication/*-pair.sh}) on ports of their own, with data
 * directories under {@code target/replication}, and stopped by PID. Without the servers' programs
 * the tests are skipped, or fail when {@code CI=true}.
 */
final class ReplicaPair implements AutoCloseable {
  /** The two kinds of pair, their scripts and ports (never the shared servers' 3306 / 5432). */
  enum Kind {
    MARIADB("mariadb-pair.sh", "jdbc:mysql://127.0.0.1:%d/shop", 3407, 3408),
    POSTGRES("postgres-pair.sh", "jdbc:postgresql://127.0.0.1:%d/shop", 5442, 5443);

    final String script;
    final String url;
    final int primaryPort;
    final int replicaPort;

    Kind(String script, String url, int primaryPort, int replicaPort) {
      this.script = script;
      this.url = url;
      this.primaryPort = primaryPort;
      this.replicaPort = replicaPort;
    }
  }

  static final String USER = "app";
  static final String PASSWORD = "app";

  final Kind kind;
  final Path dir;
  /** How long {@link #start} took, in milliseconds. */
  final long startMillis;

  private ReplicaPair(Kind kind, Path dir, long startMillis) {
    this.kind = kind;
    this.dir = dir;
    this.startMillis = startMillis;
  }

  /** Starts a fresh pair of {@code kind}; skips the test class (fails it on CI) if it cannot. */
  static ReplicaPair start(Kind kind) {
    // The PostgreSQL pair runs as the postgres user, which must reach its directories.
    Path dir = LocalServers.serviceDir(Path.of(System.getProperty("basedir", "."), "target",
        "replication")).resolve(kind.name().toLowerCase(java.util.Locale.ROOT));
    long started = System.nanoTime();
    String failure = run(kind, "start", dir, String.valueOf(kind.primaryPort),
        String.valueOf(kind.replicaPort));
    if (failure != null) {
      String message = "Cannot start the " + kind + " replica pair: " + failure;
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        Assertions.fail(message + " (CI=true makes this a failure)");
      }
      Assumptions.abort(message);
    }
    ReplicaPair pair = new ReplicaPair(kind, dir, (System.nanoTime() - started) / 1_000_000);
    System.out.println("ReplicaPair: " + kind + " primary " + kind.primaryPort + " and replica "
        + kind.replicaPort + " started in " + pair.startMillis + " ms");
    return pair;
  }

  String primaryUrl() {
    return String.format(kind.url, kind.primaryPort);
  }

  String replicaUrl() {
    return String.format(kind.url, kind.replicaPort);
  }

  /** A plain JDBC connection to the primary, as the test user. */
  Connection primary() throws SQLException {
    return DriverManager.getConnection(primaryUrl(), USER, PASSWORD);
  }

  /** A plain JDBC connection to the replica, as the test user. */
  Connection replica() throws SQLException {
    return DriverManager.getConnection(replicaUrl(), USER, PASSWORD);
  }

  /** The server's own log of the statements it received (general log / log_statement). */
  ServerLog primaryLog() {
    return new ServerLog(dir.resolve("primary.log"));
  }

  ServerLog replicaLog() {
    return new ServerLog(dir.resolve("replica.log"));
  }

  /** Stops the replica at once (MariaDB: {@code kill -9}; PostgreSQL: immediate shutdown). */
  void killReplica() {
    check(run(kind, "kill-replica", dir));
  }

  /** Starts the replica again; returns once it answers a query. */
  void startReplica() {
    check(run(kind, "start-replica", dir));
  }

  /** Waits until the replica has applied everything the primary has committed so far. */
  void awaitReplica() throws SQLException, InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    try (Connection primary = primary(); Connection replica = replica()) {
      String position = one(primary, kind == Kind.MARIADB ? "SELECT @@gtid_binlog_pos"
          : "SELECT pg_current_wal_lsn()::text");
      String caughtUp = kind == Kind.MARIADB
          ? "SELECT MASTER_GTID_WAIT('" + position + "', 0.2) = 0"
          : "SELECT pg_last_wal_replay_lsn() >= '" + position + "'::pg_lsn";
      while (!isTrue(one(replica, caughtUp))) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("The replica did not reach " + position + " within 10 s");
        }
        Thread.sleep(5);
      }
    }
  }

  static String one(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static boolean isTrue(String value) {
    return "1".equals(value) || "t".equals(value) || "true".equals(value);
  }

  @Override
  public void close() {
    check(run(kind, "stop", dir));
  }

  private static void check(String failure) {
    if (failure != null) {
      throw new AssertionError(failure);
    }
  }

  /** Runs the pair's script; {@code null} on success, else why it failed. */
  private static String run(Kind kind, String command, Path dir, String... ports) {
    Path script;
    try {
      script = Path.of(ReplicaPair.class.getResource("/replication/" + kind.script).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    List<String> line = new ArrayList<>(List.of("bash", script.toString(), command, dir.toString()));
    line.addAll(List.of(ports));
    try {
      Files.createDirectories(dir.getParent());
      Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int exit = process.waitFor();
      return exit == 0 ? null : String.join(" ", line) + " exited with " + exit + ":\n" + output;
    } catch (IOException e) {
      return e.toString();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new IOException("interrupted", e));
    }
  }
}
