package dev.joinery;

/**
 * An operation that needs an existing row found none with its key (say, {@code update(row)} of a
 * row that was deleted meanwhile). The table and column are the row's and its key's; nothing was
 * changed.
 */
public class RowNotFoundException extends JoineryException {
  public RowNotFoundException(String message, String table, String column) {
    super(message, table, column);
  }
}
