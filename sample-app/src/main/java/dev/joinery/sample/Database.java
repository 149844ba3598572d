package dev.joinery.sample;

import dev.joinery.Joinery;
import dev.joinery.JoineryConfig;
import dev.joinery.PoolOptions;
import dev.joinery.sample.model.JoinerySchema;
import dev.joinery.schema.SyncMode;
import java.io.PrintStream;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Jdbi;

/**
 * The app's connection: {@link Joinery#connect(PoolOptions)} with the pool words and logging of
 * the command line (Sequelize's {@code new Sequelize(url, {pool, logging})}), and the sync of the
 * generated {@link JoinerySchema}.
 */
final class Database implements AutoCloseable {
  /** How long a request waits for a pooled connection unless {@code --pool-acquire} says. */
  static final long DEFAULT_ACQUIRE_MILLIS = 2_000;
  /** The longest any statement of a request may run. */
  static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(10);

  private final Joinery joinery;
  private final String url;
  private final String dialectName;

  private Database(Joinery joinery, String url) {
    this.joinery = joinery;
    this.url = url;
    // Read once while the database is up: /health must not need it to answer.
    this.dialectName = joinery.dialect().name();
  }

  static Database open(Options options, PrintStream log) {
    PoolOptions pool = PoolOptions.url(options.dbUrl());
    if (options.dbUser() != null) pool = pool.user(options.dbUser());
    if (options.dbPassword() != null) pool = pool.password(options.dbPassword());
    if (options.poolMax() != null) pool = pool.max(options.poolMax());
    if (options.poolMin() != null) pool = pool.min(options.poolMin());
    if (options.poolIdleMillis() != null) pool = pool.idle(options.poolIdleMillis());
    // A short wait for a connection, so that an outage answers 503 at once instead of after
    // Sequelize's 60 s default.
    pool = pool.acquire(options.poolAcquireMillis() != null
        ? options.poolAcquireMillis() : DEFAULT_ACQUIRE_MILLIS);
    if (options.logSql()) pool = pool.logging(sql -> log.println("[sql] " + sql));
    Joinery joinery = Joinery.connect(pool);
    // The request deadline on the database side: no statement of a request runs longer.
    joinery.jdbi().getConfig(JoineryConfig.class).setQueryTimeout(STATEMENT_TIMEOUT);
    return new Database(joinery, options.dbUrl());
  }

  /**
   * Whether the database answers now: one connection from the pool, validated (within the
   * pool's acquire timeout).
   */
  boolean isUp() {
    try {
      return joinery.jdbi().withHandle(h -> h.getConnection().isValid(2));
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }

  /** The dialect's name ({@code h2}, {@code mysql}, {@code postgresql}). */
  String dialectName() {
    return dialectName;
  }

  Jdbi jdbi() {
    return joinery.jdbi();
  }

  /**
   * Syncs every table of the sample in {@code mode} ({@code create}, {@code alter} or
   * {@code force}); returns the statements run.
   */
  List<String> sync(String mode) {
    return joinery.sync(JoinerySchema.DEFINITION, SyncMode.valueOf(mode.toUpperCase(Locale.ROOT)));
  }

  /** For example {@code H2 (jdbc:h2:mem:joinery;DB_CLOSE_DELAY=-1)}; no password shown. */
  String description() {
    String dialect = switch (joinery.dialect().name()) {
      case "mysql" -> "MySQL/MariaDB";
      case "postgresql" -> "PostgreSQL";
      case "h2" -> "H2";
      default -> joinery.dialect().name();
    };
    return dialect + " (" + url.replaceAll("(?i)(password=)[^&;]*", "$1***") + ")";
  }

  @Override
  public void close() {
    joinery.close();
  }
}
