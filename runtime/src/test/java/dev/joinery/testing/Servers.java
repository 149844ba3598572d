package dev.joinery.testing;

import dev.joinery.internal.DriverSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the database servers are and how to make and drop a database on each. Server URLs come
 * from {@code JOINERY_MYSQL_URL} / {@code JOINERY_POSTGRES_URL} (a server URL without database,
 * for example {@code jdbc:mysql://127.0.0.1:3306?user=root}); the defaults are the local servers.
 * With {@code -Djoinery.galera=true} (the Galera suite) "MariaDB" is the three-node
 * {@link GaleraCluster}, reached through its load-balancing multi-host URL.
 */
final class Servers {
  private static final String MYSQL_DEFAULT = "jdbc:mysql://127.0.0.1:3306?user=root";
  private static final String POSTGRES_DEFAULT = "jdbc:postgresql://127.0.0.1:5432?user=postgres";

  /** Per engine: null when reachable, otherwise why not. Checked once per JVM. */
  private static final Map<Engine, String> UNREACHABLE = new ConcurrentHashMap<>();

  private Servers() {}

  /** The configured server URL (no database) of a server engine. */
  static String serverUrl(Engine engine) {
    return switch (engine) {
      case MARIADB -> GaleraCluster.enabled() ? GaleraCluster.shared().serverUrl()
          : envOr("JOINERY_MYSQL_URL", MYSQL_DEFAULT);
      case POSTGRESQL -> envOr("JOINERY_POSTGRES_URL", POSTGRES_DEFAULT);
      case H2 -> "jdbc:h2:mem:";
    };
  }

  /**
   * The URL of database {@code name}, with the driver settings {@code Joinery.connect} adds
   * ({@link DriverSettings}): batches rewritten to multi-row INSERTs (one round trip; the drivers
   * still return every generated key), no redundant session statements. H2 stays in memory until
   * dropped.
   */
  static String databaseUrl(Engine engine, String name) {
    return switch (engine) {
      case MARIADB, POSTGRESQL -> DriverSettings.apply(withDatabase(serverUrl(engine), name, ""));
      case H2 -> "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
    };
  }

  /** Skips (or, on CI, fails) the current test unless {@code engine}'s server answers. */
  static void requireReachable(Engine engine) {
    if (engine == Engine.H2) return;
    String problem = UNREACHABLE.computeIfAbsent(engine, Servers::probe);
    if (problem.isEmpty()) return;
    String message = engine.displayName() + " not reachable at " + where(engine) + " ("
        + problem + ")";
    if (isCi()) {
      Assertions.fail(message + "; CI=true makes this a failure");
    }
    Assumptions.abort(message + ": skipping " + engine.displayName() + " tests");
  }

  /**
   * Ends the current test for want of something it needs ({@code reason}): a failure when
   * {@code CI=true}, where nothing may be missing, else a skip.
   */
  static <T> T missing(String reason, Throwable cause) {
    if (isCi()) {
      return Assertions.fail(reason + "; CI=true makes this a failure", cause);
    }
    Assumptions.abort(reason);
    throw new AssertionError("not reached: abort throws");
  }

  /** Creates database {@code name} on the server. */
  static void createDatabase(Engine engine, String name) throws SQLException {
    switch (engine) {
      case MARIADB -> {
        admin(engine, "CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4");
        if (GaleraCluster.enabled()) {
          // Replicated DDL is applied on the other nodes a moment later: a pool connection that
          // lands there must not find the database missing.
          GaleraCluster.shared().awaitApplied();
        }
      }
      case POSTGRESQL -> admin(engine, "CREATE DATABASE \"" + name + "\"");
      case H2 -> { } // created by the first connection
    }
  }

  /** Drops database {@code name}; PostgreSQL first disconnects whoever still uses it. */
  static void dropDatabase(Engine engine, String name) throws SQLException {
    switch (engine) {
      case MARIADB -> admin(engine, "DROP DATABASE IF EXISTS `" + name + "`");
      case POSTGRESQL -> admin(engine, "DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
      case H2 -> {
        try (Connection connection = DriverManager.getConnection(databaseUrl(engine, name));
            Statement statement = connection.createStatement()) {
          statement.execute("SHUTDOWN");
        }
      }
    }
  }

  private static String probe(Engine engine) {
    if (engine == Engine.MARIADB && GaleraCluster.enabled()) {
      try {
        GaleraCluster.shared();
      } catch (IllegalStateException e) {
        System.err.println("\n*** " + e.getMessage() + " ***\n");
        return e.getMessage();
      }
    }
    try (Connection ignored = DriverManager.getConnection(adminUrl(engine))) {
      return "";
    } catch (SQLException e) {
      String problem = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
      // Loud and once: a silently skipped database is how a broken dialect reaches users.
      System.err.println("\n*** " + engine.displayName() + " not reachable at " + where(engine)
          + " (" + problem + "): " + (isCi()
              ? "failing " + engine.displayName() + " tests because CI=true ***\n"
              : "skipping " + engine.displayName() + " tests; set CI=true to make this a failure ***\n"));
      return problem.isEmpty() ? e.getClass().getSimpleName() : problem;
    }
  }

  /** Where the server of {@code engine} is, for messages (without starting a cluster). */
  private static String where(Engine engine) {
    return engine == Engine.MARIADB && GaleraCluster.enabled() ? "the test Galera cluster"
        : serverUrl(engine);
  }

  private static void admin(Engine engine, String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(adminUrl(engine));
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** A connection to the server itself (MariaDB) or its {@code postgres} database. */
  private static String adminUrl(Engine engine) {
    return switch (engine) {
      case MARIADB -> withDatabase(serverUrl(engine), "", "connectTimeout=3000");
      case POSTGRESQL -> withDatabase(serverUrl(engine), "postgres", "connectTimeout=3");
      case H2 -> throw new IllegalArgumentException("H2 has no server");
    };
  }

  /** {@code jdbc:x://host:port/<database>?<server's parameters>&<extra unless set>}. */
  static String withDatabase(String serverUrl, String database, String extra) {
    int question = serverUrl.indexOf('?');
    String base = question < 0 ? serverUrl : serverUrl.substring(0, question);
    String query = question < 0 ? "" : serverUrl.substring(question + 1);
    while (base.endsWith("/")) base = base.substring(0, base.length() - 1);
    for (String parameter : extra.isEmpty() ? new String[0] : extra.split("&")) {
      String key = parameter.substring(0, parameter.indexOf('=') + 1);
      if (!("&" + query).contains("&" + key)) {
        query = query.isEmpty() ? parameter : query + "&" + parameter;
      }
    }
    return base + "/" + database + (query.isEmpty() ? "" : "?" + query);
  }

  static boolean isCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value.trim();
  }
}
