package dev.joinery;

/**
 * The root of every exception Joinery throws. It is abstract: each failure a caller may want to
 * catch has its own subclass, named by what failed, whose message names the table, column or
 * association involved; {@link #table()} and {@link #column()} carry the same names for code.
 */
public abstract class JoineryException extends RuntimeException {
  private final String table;
  private final String column;

  protected JoineryException(String message, String table, String column) {
    super(message);
    this.table = table;
    this.column = column;
  }

  protected JoineryException(String message, String table, String column, Throwable cause) {
    super(message, cause);
    this.table = table;
    this.column = column;
  }

  /** The table the failure concerns, or {@code null} when it concerns none (a connection). */
  public String table() { return table; }

  /** The column the failure concerns, or {@code null} when it concerns none or it is unknown. */
  public String column() { return column; }
}
