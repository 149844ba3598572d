package dev.joinery;

/**
 * {@code sync(ALTER)} refused a change it cannot make without losing or inventing data (a NOT
 * NULL column without a default on a table with rows). Refused while planning: nothing ran.
 */
public class SchemaSyncRefusedException extends SchemaSyncException {
  public SchemaSyncRefusedException(String message, String table, String column) {
    super(message, table, column);
  }
}
