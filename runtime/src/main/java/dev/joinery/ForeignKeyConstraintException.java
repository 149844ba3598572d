package dev.joinery;

/** A foreign key was violated: a referenced row is missing, or a referencing row still exists. */
public class ForeignKeyConstraintException extends ConstraintViolationException {
  public ForeignKeyConstraintException(String message, String table, String column, Throwable cause) {
    super(message, table, column, cause);
  }
}
