package dev.joinery.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The databases a benchmark can run on, and how to make and drop a database on each. Server URLs
 * come from {@code JOINERY_MYSQL_URL} / {@code JOINERY_POSTGRES_URL} (a server URL without a
 * database, for example {@code jdbc:mysql://127.0.0.1:3306?user=root}), as in the tests;
 * the defaults are the local servers. H2 runs in memory, in the benchmark's own JVM.
 */
public enum Engine {
  H2,
  MARIADB,
  POSTGRESQL;

  private static final String MYSQL_DEFAULT = "jdbc:mysql://127.0.0.1:3306?user=root";
  private static final String POSTGRES_DEFAULT = "jdbc:postgresql://127.0.0.1:5432?user=postgres";

  /**
   * The URL of database {@code name}. Batches are rewritten into multi-row INSERTs on MariaDB
   * ({@code rewriteBatchedStatements}) and PostgreSQL ({@code reWriteBatchedInserts}): the
   * setting a hand-written JDBC program would use, shared by both variants.
   */
  String databaseUrl(String name) {
    return switch (this) {
      case MARIADB -> withDatabase(serverUrl(), name, "rewriteBatchedStatements=true");
      case POSTGRESQL -> withDatabase(serverUrl(), name, "reWriteBatchedInserts=true");
      case H2 -> "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
    };
  }

  /**
   * {@link #databaseUrl} reaching the server through a local port instead of its own (a
   * {@link LatencyProxy} forwarding there).
   */
  String databaseUrlVia(String name, int localPort) {
    String url = databaseUrl(name);
    int start = url.indexOf("://") + 3;
    int end = url.indexOf('/', start);
    return url.substring(0, start) + "127.0.0.1:" + localPort + url.substring(end);
  }

  /** The server's host, from its URL. */
  String serverHost() {
    String authority = authority();
    int colon = authority.lastIndexOf(':');
    return colon < 0 ? authority : authority.substring(0, colon);
  }

  /** The server's port, from its URL, else the engine's default. */
  int serverPort() {
    String authority = authority();
    int colon = authority.lastIndexOf(':');
    if (colon >= 0) {
      return Integer.parseInt(authority.substring(colon + 1));
    }
    return this == MARIADB ? 3306 : 5432;
  }

  private String authority() {
    String url = serverUrl();
    int start = url.indexOf("://") + 3;
    int end = start;
    while (end < url.length() && url.charAt(end) != '/' && url.charAt(end) != '?') {
      end++;
    }
    return url.substring(start, end);
  }

  /** The quote of identifiers, for hand-written SQL. */
  public char quote() {
    return this == MARIADB ? '`' : '"';
  }

  void createDatabase(String name) throws SQLException {
    switch (this) {
      case MARIADB -> admin("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4");
      case POSTGRESQL -> admin("CREATE DATABASE \"" + name + "\"");
      case H2 -> { } // created by the first connection
    }
  }

  void dropDatabase(String name) throws SQLException {
    switch (this) {
      case MARIADB -> admin("DROP DATABASE IF EXISTS `" + name + "`");
      case POSTGRESQL -> admin("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
      case H2 -> {
        try (Connection connection = DriverManager.getConnection(databaseUrl(name));
            Statement statement = connection.createStatement()) {
          statement.execute("SHUTDOWN");
        }
      }
    }
  }

  private String serverUrl() {
    String variable = this == MARIADB ? "JOINERY_MYSQL_URL" : "JOINERY_POSTGRES_URL";
    String value = System.getenv(variable);
    if (value != null && !value.isBlank()) {
      return value.trim();
    }
    return this == MARIADB ? MYSQL_DEFAULT : POSTGRES_DEFAULT;
  }

  private void admin(String sql) throws SQLException {
    String url = this == MARIADB
        ? withDatabase(serverUrl(), "", "connectTimeout=3000")
        : withDatabase(serverUrl(), "postgres", "connectTimeout=3");
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** {@code jdbc:x://host:port/<database>?<server's parameters>&<extra unless set>}. */
  private static String withDatabase(String serverUrl, String database, String extra) {
    int question = serverUrl.indexOf('?');
    String base = question < 0 ? serverUrl : serverUrl.substring(0, question);
    String query = question < 0 ? "" : serverUrl.substring(question + 1);
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    String key = extra.substring(0, extra.indexOf('=') + 1);
    if (!("&" + query).contains("&" + key)) {
      query = query.isEmpty() ? extra : query + "&" + extra;
    }
    return base + "/" + database + (query.isEmpty() ? "" : "?" + query);
  }
}
