package dev.joinery;

/**
 * The root of every exception Joinery throws. Subclasses are named by what failed and their
 * messages name the table, column or association involved.
 */
public class JoineryException extends RuntimeException {
  public JoineryException(String message) {
    super(message);
  }

  public JoineryException(String message, Throwable cause) {
    super(message, cause);
  }
}
