package dev.joinery;

/** A CHECK constraint (say, an unsigned column's) was violated. */
public class CheckConstraintException extends ConstraintViolationException {
  public CheckConstraintException(String message, String table, String column, Throwable cause) {
    super(message, table, column, cause);
  }
}
