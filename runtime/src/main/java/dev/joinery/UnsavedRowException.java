package dev.joinery;

/**
 * An operation needs a row's key and the row has none (its key column is null), typically because
 * it was never saved. The table and column are the row's and its key's. Thrown before any
 * statement that would have used the key.
 */
public class UnsavedRowException extends JoineryException {
  public UnsavedRowException(String message, String table, String column) {
    super(message, table, column);
  }
}
