package dev.joinery;

/**
 * Optimistic locking refused a write: the row's {@code @Version} in the database is no longer
 * the one the record carries, because someone else updated (or deleted and recreated) the row
 * since it was read. Nothing was written: a nested update that meets a stale row rolls back as a
 * whole. Read the row again, reapply the change, and retry (or tell the user, as an HTTP 409).
 * {@link #table()} is the row's table and {@link #column()} its version column.
 */
public class StaleRowException extends JoineryException {
  private final Object key;
  private final Object givenVersion;
  private final Object storedVersion;

  public StaleRowException(String message, String table, String column, Object key,
      Object givenVersion, Object storedVersion) {
    super(message, table, column);
    this.key = key;
    this.givenVersion = givenVersion;
    this.storedVersion = storedVersion;
  }

  /** The primary key of the stale row. */
  public Object key() { return key; }

  /** The version the record carried. */
  public Object givenVersion() { return givenVersion; }

  /** The version stored when the write was refused, or {@code null} if it was not read. */
  public Object storedVersion() { return storedVersion; }
}
