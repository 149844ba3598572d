package dev.joinery;

/**
 * No dialect could be picked: the database is not MySQL/MariaDB, PostgreSQL or H2, its product
 * name could not be read, or a dialect name is not one of {@code mysql}, {@code postgresql},
 * {@code h2}. Concerns no table.
 */
public class DialectNotDetectedException extends JoineryException {
  public DialectNotDetectedException(String message) {
    super(message, null, null);
  }

  public DialectNotDetectedException(String message, Throwable cause) {
    super(message, null, null, cause);
  }
}
