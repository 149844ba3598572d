package dev.joinery;

/**
 * A statement ran longer than its timeout ({@link dev.joinery.query.Query#timeout} or
 * {@link JoineryConfig#setQueryTimeout}) and the database cancelled it. The connection stays
 * usable; a transaction Joinery opened for the operation is rolled back.
 */
public class QueryTimeoutException extends JoineryException {
  public QueryTimeoutException(String message, String table, Throwable cause) {
    super(message, table, null, cause);
  }
}
