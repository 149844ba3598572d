package dev.joinery.bench;

import dev.joinery.Joinery;
import dev.joinery.PoolOptions;
import dev.joinery.bench.model.JoinerySchema;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * A fresh database for one benchmark trial, named {@code joinery_bench_<random>} so concurrent
 * runs and test suites never meet, with the generated schema created and dropped again by
 * {@link #close()}. Connected the way an application connects, by {@link Joinery#connect} (a
 * HikariCP pool, Jdbi with the Joinery and SqlObject plugins) and created by {@code sync}. Both
 * variants of a scenario reach it through that one pool: the DAO through {@link #jdbi()}, the
 * hand-written code through {@link #dataSource()}.
 */
public final class BenchDatabase implements AutoCloseable {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

  private final Engine engine;
  private final String name;
  private final Joinery joinery;
  private final LatencyProxy proxy;

  private BenchDatabase(Engine engine, String name, String extraParameters, double latencyMillis) {
    this.engine = engine;
    this.name = name;
    String url;
    if (latencyMillis > 0) {
      if (engine == Engine.H2) {
        throw new IllegalArgumentException("latency applies to a server: MARIADB or POSTGRESQL");
      }
      proxy = LatencyProxy.start(engine.serverHost(), engine.serverPort(),
          Math.round(latencyMillis * 1_000_000));
      url = engine.databaseUrlVia(name, proxy.port());
    } else {
      proxy = null;
      url = engine.databaseUrl(name);
    }
    if (!extraParameters.isEmpty()) {
      url += (url.contains("?") ? "&" : "?") + extraParameters;
    }
    // One connection in use at a time, a second for setup work while a handle is open; a fixed
    // pool, so no connection is retired or opened during a measurement.
    this.joinery = Joinery.connect(PoolOptions.url(url).max(2).min(2));
  }

  /** Creates a database on {@code engine} holding every table of the benchmark records. */
  public static BenchDatabase create(Engine engine) {
    return create(engine, "");
  }

  /**
   * Like {@link #create(Engine)}, with driver settings added to the database's URL
   * ({@code key=value&key=value}), for a run that needs them (a server-side cursor, bulk loads).
   */
  public static BenchDatabase create(Engine engine, String extraParameters) {
    return create(engine, extraParameters, 0);
  }

  /**
   * Like {@link #create(Engine, String)}, with every connection going through a
   * {@link LatencyProxy} that delays each packet by {@code latencyMillis} each way (none at 0).
   */
  public static BenchDatabase create(Engine engine, String extraParameters, double latencyMillis) {
    String name = uniqueName();
    try {
      engine.createDatabase(name);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create database " + name + " on " + engine
          + ": " + e.getMessage(), e);
    }
    BenchDatabase db = new BenchDatabase(engine, name, extraParameters, latencyMillis);
    db.joinery.sync(JoinerySchema.DEFINITION);
    return db;
  }

  public Engine engine() {
    return engine;
  }

  /** The pool the hand-written JDBC code takes its connections from. */
  public DataSource dataSource() {
    return joinery.dataSource();
  }

  /** A Jdbi on the same pool with {@code SqlObjectPlugin} and {@code JoineryPlugin}. */
  public Jdbi jdbi() {
    return joinery.jdbi();
  }

  /** Runs setup or cleanup statements on a plain connection, outside any measurement. */
  public void execute(String... statements) {
    try (Connection connection = dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** Closes the pool and drops the database. */
  @Override
  public void close() {
    joinery.close();
    if (proxy != null) {
      proxy.close();
    }
    try {
      engine.dropDatabase(name);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot drop database " + name + ": " + e.getMessage(), e);
    }
  }

  private static String uniqueName() {
    StringBuilder name = new StringBuilder("joinery_bench_");
    for (int i = 0; i < 10; i++) {
      name.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return name.toString();
  }
}
