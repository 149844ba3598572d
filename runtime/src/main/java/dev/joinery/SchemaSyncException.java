package dev.joinery;

/**
 * {@code sync} could not plan or run: the live catalog or a table's rows could not be read.
 * {@link SchemaSyncRefusedException} is the case where it could, and chose not to.
 */
public class SchemaSyncException extends JoineryException {
  public SchemaSyncException(String message, String table, String column, Throwable cause) {
    super(message, table, column, cause);
  }

  protected SchemaSyncException(String message, String table, String column) {
    super(message, table, column);
  }
}
