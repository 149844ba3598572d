package dev.joinery.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A MariaDB server of the test's own that folds table names ({@code lower_case_table_names = 1},
 * the default on Windows and macOS), started from a fresh datadir under {@code target/} on a free
 * port; {@link #close()} stops its process and deletes the datadir. The shared server on 3306
 * keeps its settings: it is never touched. Readiness is a query that answers, not a sleep.
 */
public final class FoldingMariaDb implements AutoCloseable {
  private static final String MARIADBD = "/usr/sbin/mariadbd";

  private final Path root;
  private final int port;
  private final Process process;

  private FoldingMariaDb(Path root, int port, Process process) {
    this.root = root;
    this.port = port;
    this.process = process;
  }

  /**
   * Starts one; when it cannot (no {@code mariadbd} here), skips the test with the reason, or
   * fails it when {@code CI=true}, as {@link DatabaseTest} does for a missing server.
   */
  public static FoldingMariaDb require() {
    try {
      return start();
    } catch (IllegalStateException e) {
      return Servers.missing(e.getMessage(), e);
    }
  }

  /** A JDBC URL of database {@code t} on this server, as root. */
  public String url() {
    return "jdbc:mysql://127.0.0.1:" + port + "/t?user=root&connectTimeout=2000";
  }

  private static FoldingMariaDb start() {
    if (!Files.isExecutable(Path.of(MARIADBD))) {
      throw new IllegalStateException(MARIADBD + " is not installed");
    }
    try {
      Path root = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "folding-mariadb");
      int port = freePort();
      Path config = root.resolve("my.cnf");
      // mariadb-install-db creates root@localhost only; the test connects over TCP with
      // skip-name-resolve, as root@127.0.0.1, hence the init file.
      Files.writeString(root.resolve("init.sql"), "CREATE DATABASE IF NOT EXISTS t;\n"
          + "CREATE USER IF NOT EXISTS 'root'@'127.0.0.1';\n"
          + "GRANT ALL ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;\n");
      Files.writeString(config, String.join("\n",
          "[mariadbd]",
          "datadir=" + root.resolve("data"),
          "port=" + port,
          "bind-address=127.0.0.1",
          "socket=" + root.resolve("mariadb.sock"),
          "pid-file=" + root.resolve("mariadb.pid"),
          "log-error=" + root.resolve("mariadb.err"),
          "init-file=" + root.resolve("init.sql"),
          "lower-case-table-names=1",
          "skip-name-resolve",
          "user=" + System.getProperty("user.name"),
          "innodb-buffer-pool-size=32M",
          "innodb-log-file-size=8M",
          "performance-schema=OFF",
          ""));
      LocalServers.run(List.of("mariadb-install-db", "--defaults-file=" + config, "--skip-test-db",
          "--auth-root-authentication-method=normal"), root.resolve("install.log"));
      Process process = new ProcessBuilder(MARIADBD, "--defaults-file=" + config)
          .redirectErrorStream(true).redirectOutput(root.resolve("mariadbd.out").toFile())
          .start();
      FoldingMariaDb server = new FoldingMariaDb(root, port, process);
      server.awaitAnswer();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Polls every 100 ms until a connection answers (at most 30 s). */
  private void awaitAnswer() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    SQLException last = null;
    while (System.nanoTime() < deadline && process.isAlive()) {
      try {
        DriverManager.getConnection(url()).close();
        return;
      } catch (SQLException e) {
        last = e;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    close();
    throw new IllegalStateException("the folding MariaDB on port " + port + " did not answer"
        + " within 30 s (see " + root.resolve("mariadb.err") + ")"
        + (last == null ? "" : ": " + last.getMessage()));
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    LocalServers.deleteRecursively(root);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
