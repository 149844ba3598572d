package dev.joinery;

/**
 * The database rolled a transaction back because it conflicted with a concurrent one: a Galera
 * certification conflict, a deadlock or a serialization failure (what {@link RetryPolicy}
 * matches). Nothing the transaction wrote stays.
 *
 * <p>Thrown when the conflict hit a transaction the caller owns ({@link #callerOwned()}: run
 * your whole transaction again, from its first read), or when a transaction of Joinery's own
 * still conflicted after the {@linkplain #attempts() attempts} its policy allowed.
 * {@link #table()} is the table of the operation that met it.
 */
public class TransactionConflictException extends JoineryException {
  private final int attempts;
  private final boolean callerOwned;

  public TransactionConflictException(String message, String table, int attempts,
      boolean callerOwned, Throwable cause) {
    super(message, table, null, cause);
    this.attempts = attempts;
    this.callerOwned = callerOwned;
  }

  /** How many times the transaction ran (1 in a transaction of the caller's). */
  public int attempts() { return attempts; }

  /** Whether the rolled-back transaction was the caller's, which Joinery never retries. */
  public boolean callerOwned() { return callerOwned; }
}
