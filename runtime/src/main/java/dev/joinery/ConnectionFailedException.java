package dev.joinery;

/**
 * The database could not be reached: the pool could not open a connection (wrong URL,
 * credentials, server down), or, as {@link ConnectionLostException}, a connection broke while in
 * use.
 */
public class ConnectionFailedException extends JoineryException {
  public ConnectionFailedException(String message, Throwable cause) {
    super(message, null, null, cause);
  }

  /** A failure during an operation on {@code table} (may be {@code null}). */
  protected ConnectionFailedException(String message, String table, Throwable cause) {
    super(message, table, null, cause);
  }
}
