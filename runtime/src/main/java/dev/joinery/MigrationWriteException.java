package dev.joinery;

/**
 * A versioned migration file could not be written: its description cannot be part of a Flyway
 * file name, or the migrations directory could not be read or written. The message names the
 * directory or file.
 */
public class MigrationWriteException extends JoineryException {
  public MigrationWriteException(String message) {
    super(message, null, null);
  }

  public MigrationWriteException(String message, Throwable cause) {
    super(message, null, null, cause);
  }
}
