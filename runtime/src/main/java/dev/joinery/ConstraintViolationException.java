package dev.joinery;

/**
 * The database refused a statement because of a constraint. The subclass says which kind; the
 * table and (when the database names it) the column say where. The statement's transaction was
 * rolled back, so nothing half-written remains.
 */
public abstract class ConstraintViolationException extends JoineryException {
  protected ConstraintViolationException(String message, String table, String column,
      Throwable cause) {
    super(message, table, column, cause);
  }
}
