package dev.joinery;

/** The pool could not open a connection to the database (wrong URL, credentials, server down). */
public class ConnectionFailedException extends JoineryException {
  public ConnectionFailedException(String message, Throwable cause) {
    super(message, null, null, cause);
  }
}
