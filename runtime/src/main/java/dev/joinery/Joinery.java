package dev.joinery;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.joinery.dialect.Dialect;
import dev.joinery.internal.DriverSettings;
import dev.joinery.schema.SchemaDef;
import dev.joinery.schema.LiveSchema;
import dev.joinery.schema.SchemaSync;
import dev.joinery.schema.SyncPlan;
import dev.joinery.schema.SyncMode;
import java.util.List;
import java.util.function.Consumer;
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
 */
public final class Joinery implements AutoCloseable {
  private final Jdbi jdbi;
  private final DataSource dataSource;
  private final HikariDataSource ownedPool;

  private Joinery(Jdbi jdbi, DataSource dataSource, HikariDataSource ownedPool) {
    this.jdbi = jdbi;
    this.dataSource = dataSource;
    this.ownedPool = ownedPool;
  }

  /** Connects to {@code jdbcUrl} through a pool with Sequelize's defaults. */
  public static Joinery connect(String jdbcUrl) {
    return connect(PoolOptions.url(jdbcUrl));
  }

  /** Connects through a pool configured by {@code options}. */
  public static Joinery connect(PoolOptions options) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(DriverSettings.apply(options.url()));
    if (options.user() != null) config.setUsername(options.user());
    if (options.password() != null) config.setPassword(options.password());
    config.setMaximumPoolSize(options.max());
    config.setMinimumIdle(Math.min(options.min(), options.max()));
    config.setIdleTimeout(options.idle());
    config.setConnectionTimeout(options.acquire());
    config.setPoolName("joinery");
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new ConnectionFailedException(
          "Cannot connect to " + options.url() + ": " + e.getMessage(), e);
    }
    Joinery joinery = new Joinery(configure(Jdbi.create(pool)), pool, pool);
    if (options.logging() != null) {
      SqlStatements statements = joinery.jdbi.getConfig(SqlStatements.class);
      statements.setSqlLogger(new Logging(options.logging(), statements.getSqlLogger()));
    }
    return joinery;
  }

  /** Uses {@code dataSource} as it is (pooled or not); {@link #close()} leaves it open. */
  public static Joinery connect(DataSource dataSource) {
    return new Joinery(configure(Jdbi.create(dataSource)), dataSource, null);
  }

  private static Jdbi configure(Jdbi jdbi) {
    return jdbi.installPlugin(new SqlObjectPlugin()).installPlugin(new JoineryPlugin());
  }

  /** The Jdbi to attach DAOs to ({@code onDemand}, {@code withHandle}, transactions). */
  public Jdbi jdbi() {
    return jdbi;
  }

  /** The data source behind {@link #jdbi()}: the pool, or the one given to {@code connect}. */
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

  /** Shuts the pool this object opened; a caller's data source stays open. */
  @Override
  public void close() {
    if (ownedPool != null) ownedPool.close();
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
