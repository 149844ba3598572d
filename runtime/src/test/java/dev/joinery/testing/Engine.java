package dev.joinery.testing;

/** The databases a {@link DatabaseTest} runs on. */
public enum Engine {
  /** Embedded, in memory; always available. */
  H2("H2"),
  /** The server at {@code JOINERY_MYSQL_URL}, through mysql-connector-j. */
  MARIADB("MariaDB"),
  /** The server at {@code JOINERY_POSTGRES_URL}. */
  POSTGRESQL("PostgreSQL");

  private final String displayName;

  Engine(String displayName) {
    this.displayName = displayName;
  }

  public String displayName() {
    return displayName;
  }
}
