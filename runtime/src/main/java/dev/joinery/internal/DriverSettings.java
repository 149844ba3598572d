package dev.joinery.internal;

import java.util.List;

/**
 * The documented driver settings that spare round trips, added to a JDBC URL unless it sets
 * them already. Used for the pools {@link dev.joinery.Joinery#connect(String)} opens; an
 * application that brings its own data source sets them there.
 *
 * <ul>
 *   <li>MySQL Connector/J ({@code jdbc:mysql:}, MariaDB too): {@code useLocalSessionState=true}
 *       (auto-commit and isolation are kept on the client: no {@code SET autocommit} or
 *       {@code SET SESSION TRANSACTION} for a value already set, no {@code SELECT
 *       @@session.transaction_isolation} to read one), {@code useLocalTransactionState=true} (no
 *       {@code COMMIT}/{@code ROLLBACK} sent when the server says no transaction is open, as when
 *       the pool rolls back a connection that wrote nothing), {@code rewriteBatchedStatements=true}
 *       (a batch of INSERTs is one multi-row INSERT, one round trip instead of one per row;
 *       generated keys still come back) and {@code cacheServerConfiguration=true} (the server's
 *       variables are read once per URL, not on every new connection).
 *   <li>PostgreSQL ({@code jdbc:postgresql:}): {@code reWriteBatchedInserts=true} (a batch of
 *       INSERTs becomes multi-row INSERTs).
 * </ul>
 */
public final class DriverSettings {
  private static final List<String> MYSQL = List.of("useLocalSessionState=true",
      "useLocalTransactionState=true", "rewriteBatchedStatements=true",
      "cacheServerConfiguration=true");
  private static final List<String> POSTGRESQL = List.of("reWriteBatchedInserts=true");

  private DriverSettings() {}

  /** {@code url} with the settings of its driver added where it does not set them itself. */
  public static String apply(String url) {
    if (url.startsWith("jdbc:mysql:")) {
      return withParameters(url, MYSQL);
    }
    if (url.startsWith("jdbc:postgresql:")) {
      return withParameters(url, POSTGRESQL);
    }
    return url;
  }

  private static String withParameters(String url, List<String> parameters) {
    int question = url.indexOf('?');
    String query = question < 0 ? "" : url.substring(question + 1);
    StringBuilder result = new StringBuilder(url);
    boolean first = question < 0;
    for (String parameter : parameters) {
      String key = parameter.substring(0, parameter.indexOf('=') + 1);
      if (("&" + query).contains("&" + key)) {
        continue;
      }
      result.append(first ? '?' : '&').append(parameter);
      first = false;
    }
    return result.toString();
  }
}
