package dev.joinery.dialect;

import dev.joinery.DialectNotDetectedException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/** The supported dialects, and detection of the one a connection speaks. */
public final class Dialects {
  private static final List<Dialect> ALL =
      List.of(MySqlDialect.INSTANCE, PostgresDialect.INSTANCE, H2Dialect.INSTANCE);

  private Dialects() {}

  /** MySQL/MariaDB, PostgreSQL and H2, in that order. */
  public static List<Dialect> all() {
    return ALL;
  }

  /** The dialect whose {@link Dialect#name()} is {@code name}. */
  public static Dialect named(String name) {
    for (Dialect dialect : ALL) {
      if (dialect.name().equals(name)) return dialect;
    }
    throw new DialectNotDetectedException(
        "Unknown dialect '" + name + "'; known: mysql, postgresql, h2");
  }

  /**
   * The dialect of the database behind {@code connection}, from its product name. MariaDB reached
   * through mysql-connector-j reports "MySQL" (or "MariaDB" with its own driver); both are MySQL.
   */
  public static Dialect detect(Connection connection) {
    String product;
    try {
      product = connection.getMetaData().getDatabaseProductName();
    } catch (SQLException e) {
      throw new DialectNotDetectedException(
          "Cannot read the database product name to pick a dialect", e);
    }
    String name = product == null ? "" : product.toLowerCase(Locale.ROOT);
    if (name.contains("mysql") || name.contains("mariadb")) return MySqlDialect.INSTANCE;
    if (name.contains("postgresql")) return PostgresDialect.INSTANCE;
    if (name.equals("h2")) return H2Dialect.INSTANCE;
    throw new DialectNotDetectedException("Unsupported database '" + product
        + "': Joinery speaks MySQL/MariaDB, PostgreSQL and H2");
  }
}
