package dev.joinery;

/** A NOT NULL column was given no value. */
public class NotNullConstraintException extends ConstraintViolationException {
  public NotNullConstraintException(String message, String table, String column, Throwable cause) {
    super(message, table, column, cause);
  }
}
