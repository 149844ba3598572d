package dev.joinery;

/**
 * The connection broke in the middle of an operation: the server closed or killed it, restarted,
 * or the network dropped. Whatever the operation's own transaction had written is rolled back
 * by the server; the pool discards the connection and hands the next call a new one. A write
 * outside any transaction of Joinery's or the caller's (one statement) may or may not have been
 * committed before the connection broke; read it back to know.
 */
public class ConnectionLostException extends ConnectionFailedException {
  public ConnectionLostException(String message, String table, Throwable cause) {
    super(message, table, cause);
  }
}
