package dev.joinery;

/**
 * A table definition that no DDL can express, found while writing the DDL: a default value that
 * is not a literal of its column's type. The processor rejects such records at compile time, so
 * this reaches only definitions built by hand.
 */
public class InvalidDefinitionException extends JoineryException {
  public InvalidDefinitionException(String message, String table, String column) {
    super(message, table, column);
  }
}
