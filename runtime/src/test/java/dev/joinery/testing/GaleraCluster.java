package dev.joinery.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;

/**
 * A three-node MariaDB Galera cluster on this machine, for the Galera suite: {@code mariadbd}
 * per node with its own {@code --defaults-file} (written from {@code galera-node.cnf} next to
 * this class), datadir under {@code target/galera}, SQL ports 3511-3513, Galera ports 4511-4513,
 * IST ports 4521-4523 and rsync SST ports 4531-4533. Node 1 is initialised with
 * {@code mariadb-install-db} and bootstraps the cluster ({@code --wsrep-new-cluster}); nodes 2
 * and 3 join it empty and receive its state by rsync. A node is ready when it reports
 * {@code wsrep_local_state_comment = Synced} in a cluster of {@code wsrep_cluster_size = 3}.
 *
 * <p>{@link #shared()} starts it once per JVM (the suite) and stops it when the JVM exits, each
 * node by its PID (SIGTERM, then SIGKILL after 30 s). {@code -Djoinery.galera.keep=true} leaves it
 * running, and the next run reuses a cluster still running from that directory, which saves the
 * ~40 s of a cold start in a local edit-run loop. The shared server on 3306 is never touched.
 *
 * <p>When running as root, the nodes run as the {@code mysql} user: the rsync daemon that
 * receives a state transfer drops root for {@code nobody} and could not write the datadir.
 */
public final class GaleraCluster {
  public static final int NODES = 3;
  private static final String PROVIDER = "/usr/lib/galera/libgalera_smm.so";
  private static final String MARIADBD = "/usr/sbin/mariadbd";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(150);

  private static GaleraCluster shared;
  private static String unavailable;

  private final Path root;
  private final int sqlBase;
  private final Map<Integer, ProcessHandle> processes = new HashMap<>();

  private GaleraCluster(Path root, int sqlBase) {
    this.root = root;
    this.sqlBase = sqlBase;
  }

  /** Whether this JVM runs the Galera suite ({@code -Djoinery.galera=true}). */
  public static boolean enabled() {
    return Boolean.getBoolean("joinery.galera");
  }

  /**
   * The cluster of this JVM, started on first use. Throws {@link IllegalStateException} with the
   * reason when it cannot start (Galera not installed, a node that never synced).
   */
  public static synchronized GaleraCluster shared() {
    if (unavailable != null) {
      throw new IllegalStateException(unavailable);
    }
    if (shared == null) {
      GaleraCluster cluster = new GaleraCluster(
          LocalServers.serviceDir(
              Path.of(System.getProperty("joinery.galera.dir", "target/galera"))),
          Integer.getInteger("joinery.galera.port", 3511));
      try {
        cluster.start();
      } catch (RuntimeException e) {
        unavailable = "Galera cluster did not start: " + e.getMessage();
        cluster.stop();
        throw new IllegalStateException(unavailable, e);
      }
      if (!Boolean.getBoolean("joinery.galera.keep")) {
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::stop, "galera-stop"));
      }
      shared = cluster;
    }
    return shared;
  }

  /**
   * {@link #shared()} for a test: when the cluster cannot start, skips the test with the reason,
   * or fails it when {@code CI=true}, as {@link DatabaseTest} does for a missing server.
   */
  public static GaleraCluster require() {
    try {
      return shared();
    } catch (IllegalStateException e) {
      if (!Servers.isCi()) {
        System.err.println("\n*** " + e.getMessage() + ": skipping the Galera tests ***\n");
      }
      return Servers.missing(e.getMessage(), e);
    }
  }

  // ---- addresses

  public int sqlPort(int node) { return sqlBase + node - 1; }

  private int galeraPort(int node) { return sqlBase + 1000 + node - 1; }

  private int istPort(int node) { return sqlBase + 1010 + node - 1; }

  private int sstPort(int node) { return sqlBase + 1020 + node - 1; }

  /** {@code host:port,host:port,...} of the given nodes' SQL ports. */
  public String hosts(int... nodes) {
    StringJoiner hosts = new StringJoiner(",");
    for (int node : nodes) {
      hosts.add("127.0.0.1:" + sqlPort(node));
    }
    return hosts.toString();
  }

  /**
   * The server URL (no database) the suite's MariaDB tests use: Connector/J's load-balancing
   * multi-host URL over the three nodes, as the README's Galera section recommends. Each
   * connection picks a node and may move at a transaction boundary;
   * {@code wsrep_sync_wait=15} makes each statement (reads, writes and SHOW) wait until the node
   * has applied every write the cluster committed before it (read-your-writes across nodes, and
   * foreign-key checks that see a parent created through another node); {@code lock_wait_timeout=20}
   * bounds a metadata-lock wait behind replicated DDL (MariaDB's default is one day);
   * {@code loadBalanceBlocklistTimeout} keeps a dead node out of new connections for 5 s.
   */
  public String serverUrl() {
    return "jdbc:mysql:loadbalance://" + hosts(1, 2, 3) + "?user=root" + URL_OPTIONS;
  }

  /** The options of {@link #serverUrl()}, each starting with {@code &}. */
  public static final String URL_OPTIONS = "&failOverReadOnly=false"
      + "&sessionVariables=wsrep_sync_wait=15,lock_wait_timeout=20"
      + "&loadBalanceBlocklistTimeout=5000&connectTimeout=2000&retriesAllDown=10";

  /** A plain URL to one node (no failover), for checks made on that node only. */
  public String nodeUrl(int node, String database) {
    return "jdbc:mysql://127.0.0.1:" + sqlPort(node) + "/" + database
        + "?user=root&connectTimeout=2000";
  }

  /** The load-balancing URL of {@code database}, over {@code nodes} only. */
  public String databaseUrl(String database, int... nodes) {
    return "jdbc:mysql:loadbalance://" + hosts(nodes) + "/" + database + "?user=root"
        + URL_OPTIONS;
  }

  /**
   * Waits until every running node has applied everything committed so far (one read with
   * {@code wsrep_sync_wait} on each), so that DDL just run through one node is visible on all.
   */
  public void awaitApplied() {
    for (int node : running()) {
      for (int attempt = 1; ; attempt++) {
        try (Connection connection = DriverManager.getConnection(nodeUrl(node, "")
                + "&sessionVariables=wsrep_sync_wait=15");
            Statement statement = connection.createStatement()) {
          statement.executeQuery("SELECT 1").close();
          break;
        } catch (SQLException e) {
          // 1205: the causal wait gave up after repl.causal_read_timeout (30 s), which a node
          // just rejoined on a loaded machine can take; wait again rather than fail the test.
          if (e.getErrorCode() != 1205 || attempt == 3) {
            throw new IllegalStateException("node " + node + ": " + e.getMessage(), e);
          }
        }
      }
    }
  }

  /** The nodes whose process is alive. */
  public List<Integer> running() {
    List<Integer> nodes = new ArrayList<>();
    for (int node = 1; node <= NODES; node++) {
      ProcessHandle process = processes.get(node);
      if (process != null && process.isAlive()) {
        nodes.add(node);
      }
    }
    return nodes;
  }

  // ---- node control

  /** {@code kill -9} of one node, by its PID. */
  public void kill(int node) {
    ProcessHandle process = processes.get(node);
    if (process == null || !process.isAlive()) {
      throw new IllegalStateException("node " + node + " is not running");
    }
    process.destroyForcibly();
    process.onExit().join();
  }

  /**
   * Starts a stopped node again and returns once it is Synced. After a {@code kill -9} its saved
   * state has no position; the position InnoDB committed is recovered first
   * ({@code --wsrep-recover}, as the packaged {@code galera_recovery} does) so that it rejoins by
   * IST, the missed write-sets only, instead of a full rsync SST.
   */
  public void restart(int node) {
    Path log = nodeDir(node).resolve("recover.log");
    LocalServers.run(List.of(MARIADBD, "--defaults-file=" + config(node), "--wsrep-recover",
        "--log-error=" + log), nodeDir(node).resolve("recover.out"));
    String position = null;
    try {
      for (String line : Files.readAllLines(log)) {
        int at = line.indexOf("WSREP: Recovered position: ");
        if (at >= 0) {
          position = line.substring(at + "WSREP: Recovered position: ".length()).trim();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    launch(node, false, position);
    awaitSynced(node, NODES);
  }

  /** {@code SHOW STATUS} value of {@code variable} on {@code node}. */
  public String status(int node, String variable) {
    try (Connection connection = DriverManager.getConnection(nodeUrl(node, ""));
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SHOW STATUS LIKE '" + variable + "'")) {
      return rs.next() ? rs.getString(2) : null;
    } catch (SQLException e) {
      throw new IllegalStateException("node " + node + ": " + e.getMessage(), e);
    }
  }

  // ---- start and stop

  private void start() {
    if (!Files.isExecutable(Path.of(MARIADBD)) || !Files.exists(Path.of(PROVIDER))) {
      throw new IllegalStateException(MARIADBD + " or " + PROVIDER + " is not installed");
    }
    if (reuse()) {
      return;
    }
    stopLeftovers();
    LocalServers.deleteRecursively(root);
    for (int node = 1; node <= NODES; node++) {
      writeConfig(node);
    }
    LocalServers.run(List.of("mariadb-install-db", "--defaults-file=" + config(1), "--skip-test-db",
        "--auth-root-authentication-method=normal"), root.resolve("install.log"));
    // mariadb-install-db creates root@localhost only; the tests connect over TCP with
    // skip-name-resolve, as root@127.0.0.1. Replicated to the joiners by the state transfer.
    write(root.resolve("init.sql"), "CREATE USER IF NOT EXISTS 'root'@'127.0.0.1';\n"
        + "GRANT ALL ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;\n");
    if (isRoot()) {
      LocalServers.run(List.of("chown", "-R", "mysql:mysql", root.toString()),
          root.resolve("chown.log"));
    }
    launch(1, true);
    awaitSynced(1, 1);
    launch(2, false);
    launch(3, false);
    for (int node = 1; node <= NODES; node++) {
      awaitSynced(node, NODES);
    }
  }

  /** Adopts a cluster left running in {@link #root} by an earlier {@code keep} run. */
  private boolean reuse() {
    Map<Integer, ProcessHandle> found = new HashMap<>();
    for (int node = 1; node <= NODES; node++) {
      Optional<ProcessHandle> process = pidOf(node);
      if (process.isEmpty()) {
        return false;
      }
      found.put(node, process.get());
    }
    processes.putAll(found);
    try {
      for (int node = 1; node <= NODES; node++) {
        if (!"Synced".equals(status(node, "wsrep_local_state_comment"))
            || !String.valueOf(NODES).equals(status(node, "wsrep_cluster_size"))) {
          processes.clear();
          return false;
        }
      }
      return true;
    } catch (IllegalStateException e) {
      processes.clear();
      return false;
    }
  }

  private Optional<ProcessHandle> pidOf(int node) {
    Path pidFile = nodeDir(node).resolve("mysqld.pid");
    try {
      if (!Files.exists(pidFile)) {
        return Optional.empty();
      }
      long pid = Long.parseLong(Files.readString(pidFile).trim());
      return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
          .filter(p -> p.info().command().map(c -> c.endsWith("mariadbd")).orElse(false));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Stops the nodes a crashed earlier run left in this directory, by their PID files. */
  private void stopLeftovers() {
    for (int node = 1; node <= NODES; node++) {
      pidOf(node).ifPresent(GaleraCluster::terminate);
    }
  }

  /** Stops every node: SIGTERM by PID, SIGKILL after 30 s. */
  public void stop() {
    for (ProcessHandle process : processes.values()) {
      process.destroy();
    }
    for (ProcessHandle process : processes.values()) {
      terminate(process);
    }
    processes.clear();
  }

  private static void terminate(ProcessHandle process) {
    process.destroy();
    try {
      process.onExit().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      process.destroyForcibly();
    }
  }

  private void launch(int node, boolean bootstrap) {
    launch(node, bootstrap, null);
  }

  private void launch(int node, boolean bootstrap, String startPosition) {
    List<String> command = new ArrayList<>(List.of(MARIADBD, "--defaults-file=" + config(node)));
    if (startPosition != null) {
      command.add("--wsrep-start-position=" + startPosition);
    }
    if (bootstrap) {
      command.add("--wsrep-new-cluster");
      command.add("--init-file=" + root.resolve("init.sql"));
    }
    try {
      Process process = new ProcessBuilder(command)
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(nodeDir(node).resolve("stdout.log")
              .toFile()))
          .start();
      processes.put(node, process.toHandle());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start node " + node, e);
    }
  }

  /** Polls the node until it is Synced in a cluster of {@code size}, or fails with its log. */
  private void awaitSynced(int node, int size) {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      ProcessHandle process = processes.get(node);
      if (process == null || !process.isAlive()) {
        throw new IllegalStateException("node " + node + " exited; " + logTail(node));
      }
      try {
        String state = status(node, "wsrep_local_state_comment");
        String members = status(node, "wsrep_cluster_size");
        if ("Synced".equals(state) && String.valueOf(size).equals(members)) {
          return;
        }
        last = state + ", cluster size " + members;
      } catch (IllegalStateException e) {
        last = e.getMessage();
      }
      sleep(200);
    }
    throw new IllegalStateException("node " + node + " not Synced in cluster of " + size
        + " within " + START_TIMEOUT.toSeconds() + " s (" + last + "); " + logTail(node));
  }

  private String logTail(int node) {
    try {
      List<String> lines = Files.readAllLines(nodeDir(node).resolve("error.log"));
      return "end of " + nodeDir(node).resolve("error.log") + ":\n"
          + String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    } catch (IOException e) {
      return "no error log";
    }
  }

  private void writeConfig(int node) {
    String template;
    try (InputStream in = GaleraCluster.class.getResourceAsStream("galera-node.cnf")) {
      template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StringJoiner members = new StringJoiner(",");
    for (int other = 1; other <= NODES; other++) {
      members.add("127.0.0.1:" + galeraPort(other));
    }
    String text = template
        .replace("${user}", isRoot() ? "user=mysql" : "")
        .replace("${dir}", nodeDir(node).toString())
        .replace("${sqlPort}", String.valueOf(sqlPort(node)))
        .replace("${provider}", PROVIDER)
        .replace("${members}", members.toString())
        .replace("${node}", String.valueOf(node))
        .replace("${galeraPort}", String.valueOf(galeraPort(node)))
        .replace("${istPort}", String.valueOf(istPort(node)))
        .replace("${sstPort}", String.valueOf(sstPort(node)));
    try {
      Files.createDirectories(nodeDir(node).resolve("data"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    write(config(node), text);
  }

  private Path nodeDir(int node) { return root.resolve("node" + node); }

  private Path config(int node) { return root.resolve("node" + node + ".cnf"); }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
