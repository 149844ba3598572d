package dev.joinery;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.joinery.dialect.Dialect;
import dev.joinery.internal.DriverSettings;
import dev.joinery.internal.ReadRouting;
import dev.joinery.internal.Replicas;
import dev.joinery.schema.SchemaDef;
import dev.joinery.schema.LiveSchema;
import dev.joinery.schema.SchemaSync;
import dev.joinery.schema.SyncPlan;
import dev.joinery.schema.SyncMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * The front door: a connected {@link Jdbi} with {@link JoineryPlugin} and {@code SqlObjectPlugin}
 * installed, plus schema sync (Sequelize's {@code new Sequelize(…)} and {@code sync()}).
 *
 * <pre>{@code
 * try (Joinery db = Joinery.connect("jdbc:h2:mem:shop;DB_CLOSE_DELAY=-1")) {
 *   db.sync(JoinerySchema.DEFINITION);
 *   CustomerDao customers = db.jdbi().onDemand(CustomerDao.class);
 * }
 * }</pre>
 *
 * <p>{@link #connect(String)} and {@link #connect(PoolOptions)} open a HikariCP pool that
 * {@link #close()} shuts, adding to MySQL and PostgreSQL URLs the driver settings that spare
 * round trips ({@link DriverSettings}); {@link #connect(DataSource)} uses the caller's data source and leaves
 * it open. An in-memory H2 database disappears with its last connection, and the pool closes
 * idle connections: give such URLs {@code ;DB_CLOSE_DELAY=-1}.
 *
 * <p>With read replicas ({@link PoolOptions#read(String...)},
 * {@link #connect(DataSource, List)}) the generated DAOs' reads outside a transaction go to the
 * replicas in turn, and everything else to the primary; {@link #onPrimary(Supplier)} keeps a
 * thread's reads on the primary. See the README's "Read replicas".
 */
public final class Joinery implements AutoCloseable {
  private final Jdbi jdbi;
  private final DataSource dataSource;
  /** The pools this object opened and {@link #close()} shuts: the primary's, then replicas'. */
  private final List<HikariDataSource> ownedPools;

  private Joinery(Jdbi jdbi, DataSource dataSource, List<HikariDataSource> ownedPools) {
    this.jdbi = jdbi;
    this.dataSource = dataSource;
    this.ownedPools = List.copyOf(ownedPools);
  }

  /** Connects to {@code jdbcUrl} through a pool with Sequelize's defaults. */
  public static Joinery connect(String jdbcUrl) {
    return connect(PoolOptions.url(jdbcUrl));
  }

  /**
   * Connects through a pool configured by {@code options}; with {@link PoolOptions#readUrls()},
   * also through one pool per read replica.
   */
  public static Joinery connect(PoolOptions options) {
    List<HikariDataSource> pools = new ArrayList<>();
    try {
      HikariDataSource primary = pool(options, options.url(), "joinery", options.acquire(), true);
      pools.add(primary);
      List<DataSource> reads = new ArrayList<>();
      List<String> names = new ArrayList<>();
      for (int i = 0; i < options.readUrls().size(); i++) {
        String name = "joinery-read-" + (i + 1);
        // A replica that is down at start-up must not stop the application: its pool connects
        // when a read first needs it, and the read goes elsewhere if it cannot.
        reads.add(pool(options, options.readUrls().get(i), name, options.readAcquire(), false));
        pools.add((HikariDataSource) reads.get(i));
        names.add(name);
      }
      Jdbi jdbi;
      if (reads.isEmpty()) {
        jdbi = configure(Jdbi.create(primary));
      } else {
        Replicas replicas = new Replicas(primary, reads, names, options.readCooldown());
        jdbi = configure(Jdbi.create(replicas));
        jdbi.getConfig(ReadRouting.class).setReplicas(replicas);
      }
      Joinery joinery = new Joinery(jdbi, primary, pools);
      if (options.logging() != null) {
        SqlStatements statements = joinery.jdbi.getConfig(SqlStatements.class);
        statements.setSqlLogger(new Logging(options.logging(), statements.getSqlLogger()));
      }
      return joinery;
    } catch (RuntimeException e) {
      pools.forEach(HikariDataSource::close);
      throw e;
    }
  }

  private static HikariDataSource pool(PoolOptions options, String url, String name,
      long acquire, boolean failFast) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(DriverSettings.apply(url));
    if (options.user() != null) config.setUsername(options.user());
    if (options.password() != null) config.setPassword(options.password());
    config.setMaximumPoolSize(options.max());
    config.setMinimumIdle(Math.min(options.min(), options.max()));
    config.setIdleTimeout(options.idle());
    config.setConnectionTimeout(acquire);
    config.setPoolName(name);
    if (!failFast) config.setInitializationFailTimeout(-1);
    try {
      return new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new ConnectionFailedException("Cannot connect to " + url + ": " + e.getMessage(), e);
    }
  }

  /** Uses {@code dataSource} as it is (pooled or not); {@link #close()} leaves it open. */
  public static Joinery connect(DataSource dataSource) {
    return new Joinery(configure(Jdbi.create(dataSource)), dataSource, List.of());
  }

  /**
   * Writes, transactions and forced reads through {@code write}, other reads through
   * {@code reads} in turn (Sequelize's {@code replication}), each used as it is; a failed replica
   * is left out for 5 s. {@link #close()} leaves every data source open.
   */
  public static Joinery connect(DataSource write, List<? extends DataSource> reads) {
    return connect(write, reads, 5_000);
  }

  /** {@link #connect(DataSource, List)}, a failed replica left out for {@code cooldownMillis}. */
  public static Joinery connect(DataSource write, List<? extends DataSource> reads,
      long cooldownMillis) {
    if (reads.isEmpty()) {
      return connect(write);
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < reads.size(); i++) {
      names.add("read " + (i + 1));
    }
    Replicas replicas = new Replicas(write, List.copyOf(reads), names, cooldownMillis);
    Jdbi jdbi = configure(Jdbi.create(replicas));
    jdbi.getConfig(ReadRouting.class).setReplicas(replicas);
    return new Joinery(jdbi, write, List.of());
  }

  private static Jdbi configure(Jdbi jdbi) {
    return jdbi.installPlugin(new SqlObjectPlugin()).installPlugin(new JoineryPlugin());
  }

  /** The Jdbi to attach DAOs to ({@code onDemand}, {@code withHandle}, transactions). */
  public Jdbi jdbi() {
    return jdbi;
  }

  /**
   * Runs {@code reads} with every DAO read of this thread on the primary, as inside a
   * transaction but without one: read-your-writes right after a write, which a replica may not
   * have applied yet. Without replicas it just runs {@code reads}.
   */
  public <R> R onPrimary(Supplier<R> reads) {
    return ReadRouting.onPrimary(reads);
  }

  /** {@link #onPrimary(Supplier)} for reads that return nothing. */
  public void onPrimary(Runnable reads) {
    ReadRouting.onPrimary(() -> {
      reads.run();
      return null;
    });
  }

  /** The data source behind {@link #jdbi()}: the primary's pool, or the one given to {@code connect}. */
  public DataSource dataSource() {
    return dataSource;
  }

  /** The database's dialect, detected on first use. */
  public Dialect dialect() {
    return jdbi.withHandle(h -> h.getConfig(JoineryConfig.class).dialect(h));
  }

  /** Creates the missing tables of {@code schema} ({@link SyncMode#CREATE}). */
  public SyncPlan sync(SchemaDef schema) {
    return sync(schema, SyncMode.CREATE);
  }

  /** Brings the database to {@code schema}; returns the statements run. See {@link SchemaSync}. */
  public SyncPlan sync(SchemaDef schema, SyncMode mode) {
    return jdbi.withHandle(h -> SchemaSync.sync(h, schema, mode));
  }

  /**
   * The statements {@link #sync(SchemaDef, SyncMode)} would run, without running them; for
   * {@link SyncMode#ALTER} also the {@link SyncPlan#drift() drift} between the model and the
   * existing tables that it leaves alone.
   */
  public SyncPlan plan(SchemaDef schema, SyncMode mode) {
    return jdbi.withHandle(h -> SchemaSync.plan(h, schema, mode));
  }

  /**
   * The columns the database has of {@code schema}'s tables, read from its catalog: for what the
   * runtime must know of tables it did not create, such as the fractional digits a timestamp
   * column stores ({@link LiveSchema#fractionalDigits}).
   */
  public LiveSchema liveSchema(SchemaDef schema) {
    return jdbi.withHandle(h -> SchemaSync.liveSchema(h, schema));
  }

  /** Shuts the pools this object opened; a caller's data sources stay open. */
  @Override
  public void close() {
    ownedPools.forEach(HikariDataSource::close);
  }

  /**
   * Sequelize's {@code logging}: each statement's SQL as it is sent, failing ones included; the
   * SLF4J log that {@link JoineryPlugin} installed keeps running.
   */
  private record Logging(Consumer<String> sink, SqlLogger next) implements SqlLogger {
    @Override
    public void logBeforeExecution(StatementContext context) {
      sink.accept(context.getRenderedSql());
      next.logBeforeExecution(context);
    }

    @Override
    public void logAfterExecution(StatementContext context) {
      next.logAfterExecution(context);
    }

    @Override
    public void logException(StatementContext context, java.sql.SQLException failure) {
      next.logException(context, failure);
    }
  }
}
