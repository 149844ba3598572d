package dev.joinery.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.joinery.JoineryConfig;
import dev.joinery.JoineryPlugin;
import dev.joinery.dialect.Dialect;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * A fresh database for one test: uniquely named ({@code joinery_<random>}), reached through a
 * small HikariCP pool, with a {@link Jdbi} that has {@link JoineryPlugin}, {@code
 * SqlObjectPlugin} and a {@link StatementCounter} installed, and a {@link RoundTripCounter}
 * beneath the pool. {@link #close()} drops it.
 * Usually injected by {@link DatabaseTest}; {@link #create} serves other lifecycles.
 */
public final class TestDatabase implements AutoCloseable {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

  private final Engine engine;
  private final String name;
  private final String jdbcUrl;
  private final HikariDataSource dataSource;
  private final Jdbi jdbi;
  private final StatementCounter counter = new StatementCounter();
  private final RoundTripCounter roundTrips = new RoundTripCounter();
  private final Dialect dialect;

  private TestDatabase(Engine engine, String name) {
    this.engine = engine;
    this.name = name;
    this.jdbcUrl = Servers.databaseUrl(engine, name);
    HikariConfig config = new HikariConfig();
    // Beneath the pool, so what the pool sends on a connection counts as a round trip too.
    config.setDataSource(new CountingDataSource(jdbcUrl, roundTrips));
    config.setPoolName(name);
    config.setMaximumPoolSize(4);
    config.setMinimumIdle(0);
    this.dataSource = new HikariDataSource(config);
    this.jdbi = Jdbi.create(dataSource)
        .installPlugin(new SqlObjectPlugin())
        .installPlugin(new JoineryPlugin());
    jdbi.getConfig(SqlStatements.class).setSqlLogger(counter);
    jdbi.getConfig(JoineryConfig.class).setStatementListener(counter);
    this.dialect = jdbi.withHandle(h -> h.getConfig(JoineryConfig.class).dialect(h));
    counter.reset();
    roundTrips.reset();
  }

  /**
   * Creates a database on {@code engine}. Skips the calling test when the server is unreachable
   * (fails it when {@code CI=true}).
   */
  public static TestDatabase create(Engine engine) {
    Servers.requireReachable(engine);
    String name = uniqueName();
    try {
      Servers.createDatabase(engine, name);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create database " + name + " on "
          + engine.displayName(), e);
    }
    return new TestDatabase(engine, name);
  }

  public Engine engine() {
    return engine;
  }

  /** The database name, {@code joinery_<random>}. */
  public String name() {
    return name;
  }

  /** The JDBC URL of this database (with user and batch settings). */
  public String jdbcUrl() {
    return jdbcUrl;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  /** The dialect Joinery detected on this database. */
  public Dialect dialect() {
    return dialect;
  }

  /** Counts the statements {@link #jdbi()} executes. */
  public StatementCounter counter() {
    return counter;
  }

  /**
   * Counts the round trips made through {@link #dataSource()} (so through {@link #jdbi()}) at the
   * JDBC level; see {@link RoundTripCounter}.
   */
  public RoundTripCounter roundTrips() {
    return roundTrips;
  }

  /**
   * Runs setup statements on a plain JDBC connection: they bypass Jdbi and are counted neither as
   * statements nor as round trips.
   */
  public void execute(String... statements) {
    roundTrips.uncounted(() -> {
      try (Connection connection = dataSource.getConnection();
          Statement statement = connection.createStatement()) {
        for (String sql : statements) {
          statement.execute(sql);
        }
      } catch (SQLException e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
      return null;
    });
  }

  /** The identifier quoted for this database. */
  public String q(String identifier) {
    return dialect.quote(identifier);
  }

  /** Closes the pool and drops the database. */
  @Override
  public void close() {
    dataSource.close();
    try {
      Servers.dropDatabase(engine, name);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot drop database " + name + " on "
          + engine.displayName(), e);
    }
  }

  @Override
  public String toString() {
    return engine.displayName() + " " + name;
  }

  private static String uniqueName() {
    StringBuilder name = new StringBuilder("joinery_");
    for (int i = 0; i < 12; i++) {
      name.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return name.toString();
  }
}
