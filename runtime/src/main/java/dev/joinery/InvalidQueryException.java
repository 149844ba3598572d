package dev.joinery;

/**
 * A query or association operation that cannot run as asked, found before any SQL: say, a
 * to-many operation on a to-one association. The table is the one the operation started from.
 */
public class InvalidQueryException extends JoineryException {
  public InvalidQueryException(String message, String table, String column) {
    super(message, table, column);
  }
}
