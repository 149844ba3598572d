package dev.joinery.sample;

import dev.joinery.Joinery;
import dev.joinery.PoolOptions;
import dev.joinery.sample.model.JoinerySchema;
import dev.joinery.schema.SyncMode;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Jdbi;

/**
 * The app's connection: {@link Joinery#connect(PoolOptions)} with the pool words and logging of
 * the command line (Sequelize's {@code new Sequelize(url, {pool, logging})}), and the sync of the
 * generated {@link JoinerySchema}.
 */
final class Database implements AutoCloseable {
  private final Joinery joinery;
  private final String url;

  private Database(Joinery joinery, String url) {
    this.joinery = joinery;
    this.url = url;
  }

  static Database open(Options options, PrintStream log) {
    PoolOptions pool = PoolOptions.url(options.dbUrl());
    if (options.dbUser() != null) pool = pool.user(options.dbUser());
    if (options.dbPassword() != null) pool = pool.password(options.dbPassword());
    if (options.poolMax() != null) pool = pool.max(options.poolMax());
    if (options.poolMin() != null) pool = pool.min(options.poolMin());
    if (options.poolIdleMillis() != null) pool = pool.idle(options.poolIdleMillis());
    if (options.poolAcquireMillis() != null) pool = pool.acquire(options.poolAcquireMillis());
    if (options.logSql()) pool = pool.logging(sql -> log.println("[sql] " + sql));
    return new Database(Joinery.connect(pool), options.dbUrl());
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
