package dev.joinery.bench;

import dev.joinery.bench.jdbc.JdbcTypes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

/**
 * The rows the read scenarios run on, inserted by plain JDBC batches before any measurement.
 * Deterministic: the same rows, keys (1..n, given explicitly) and timestamps on every database and
 * in every trial. Nothing inserts into a seeded table afterwards, so the identity sequences that
 * explicit keys leave behind never matter.
 */
public final class Seed {
  /** Every 20th customer has no address, so the LEFT JOIN's empty side is read too. */
  public static final int CUSTOMERS_WITHOUT_ADDRESS_EVERY = 20;

  private static final Instant EPOCH = Instant.parse("2024-01-01T00:00:00Z");
  private static final int BATCH = 1_000;

  private Seed() {}

  /** {@code count} customers, with an address except every 20th. */
  public static void customers(BenchDatabase db, int count) {
    JdbcTypes types = new JdbcTypes(db.engine());
    inTransaction(db, connection -> {
      try (PreparedStatement customers = connection.prepareStatement(types.sql(
              "INSERT INTO \"customers\" (\"id\", \"firstname\", \"lastname\", \"age\") VALUES (?, ?, ?, ?)"));
          PreparedStatement addresses = connection.prepareStatement(types.sql(
              "INSERT INTO \"addresses\" (\"id\", \"street\", \"postcode\", \"customer_id\") VALUES (?, ?, ?, ?)"))) {
        int address = 0;
        for (int n = 1; n <= count; n++) {
          customers.setLong(1, n);
          customers.setString(2, "Firstname" + n);
          customers.setString(3, "Lastname" + n);
          customers.setInt(4, 18 + n % 60);
          customers.addBatch();
          if (n % CUSTOMERS_WITHOUT_ADDRESS_EVERY != 0) {
            addresses.setLong(1, ++address);
            addresses.setString(2, n + " Joinery Street");
            addresses.setString(3, String.format("%05d", n % 100_000));
            addresses.setLong(4, n);
            addresses.addBatch();
          }
          if (n % BATCH == 0 || n == count) {
            customers.executeBatch();
            addresses.executeBatch();
          }
        }
      }
    });
  }

  /**
   * {@code count} tutorials, every even one published, each with {@code commentsEach}
   * comments.
   */
  public static void tutorials(BenchDatabase db, int count, int commentsEach) {
    JdbcTypes types = new JdbcTypes(db.engine());
    inTransaction(db, connection -> {
      try (PreparedStatement tutorials = connection.prepareStatement(types.sql(
              "INSERT INTO \"tutorials\" (\"id\", \"title\", \"description\", \"published\", "
                  + "\"created_at\", \"updated_at\") VALUES (?, ?, ?, ?, ?, ?)"));
          PreparedStatement comments = connection.prepareStatement(types.sql(
              "INSERT INTO \"comments\" (\"id\", \"name\", \"text\", \"created_at\", \"tutorial_id\") "
                  + "VALUES (?, ?, ?, ?, ?)"))) {
        long comment = 0;
        for (int n = 1; n <= count; n++) {
          Instant created = EPOCH.plusSeconds(n * 60L).plusNanos(n % 1000 * 1000L);
          tutorials.setLong(1, n);
          tutorials.setString(2, "Tutorial " + n);
          tutorials.setString(3, "How to do thing number " + n + " with Joinery");
          tutorials.setBoolean(4, n % 2 == 0);
          types.bindInstant(tutorials, 5, created);
          types.bindInstant(tutorials, 6, created.plusSeconds(3600));
          tutorials.addBatch();
          for (int c = 1; c <= commentsEach; c++) {
            comments.setLong(1, ++comment);
            comments.setString(2, "Reader " + (comment % 997));
            comments.setString(3, "Comment " + c + " on tutorial " + n
                + ": a useful read, thank you for writing it.");
            types.bindInstant(comments, 4, created.plusSeconds(c * 10L));
            comments.setLong(5, n);
            comments.addBatch();
          }
          if (n % (BATCH / Math.max(1, commentsEach)) == 0 || n == count) {
            tutorials.executeBatch();
            comments.executeBatch();
          }
        }
      }
    });
  }

  /** {@code tagCount} tags, and {@code each} distinct tags on each of tutorials 1..tutorials. */
  public static void tags(BenchDatabase db, int tagCount, int tutorials, int each) {
    JdbcTypes types = new JdbcTypes(db.engine());
    inTransaction(db, connection -> {
      try (PreparedStatement tags = connection.prepareStatement(types.sql(
              "INSERT INTO \"tags\" (\"id\", \"name\") VALUES (?, ?)"));
          PreparedStatement links = connection.prepareStatement(types.sql(
              "INSERT INTO \"tutorial_tags\" (\"tutorial_id\", \"tag_id\") VALUES (?, ?)"))) {
        for (int t = 1; t <= tagCount; t++) {
          tags.setLong(1, t);
          tags.setString(2, String.format("tag-%03d", t));
          tags.addBatch();
        }
        tags.executeBatch();
        for (int n = 1; n <= tutorials; n++) {
          for (int k = 0; k < each; k++) {
            // Spread over all tags; distinct within a tutorial as long as each < tagCount.
            links.setLong(1, n);
            links.setLong(2, (n * 7L + k) % tagCount + 1);
            links.addBatch();
          }
          if (n % 300 == 0 || n == tutorials) {
            links.executeBatch();
          }
        }
      }
    });
  }

  private interface Work {
    void run(Connection connection) throws SQLException;
  }

  private static void inTransaction(BenchDatabase db, Work work) {
    try (Connection connection = db.dataSource().getConnection()) {
      connection.setAutoCommit(false);
      work.run(connection);
      connection.commit();
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      throw new IllegalStateException("Seeding failed: " + e.getMessage(), e);
    }
  }
}
