package dev.joinery;

/** A unique constraint or unique index was violated. */
public class UniqueConstraintException extends ConstraintViolationException {
  public UniqueConstraintException(String message, String table, String column, Throwable cause) {
    super(message, table, column, cause);
  }
}
