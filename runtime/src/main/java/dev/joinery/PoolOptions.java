package dev.joinery;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A database URL with Sequelize's pool words, mapped onto HikariCP: {@code max} →
 * {@code maximumPoolSize}, {@code min} → {@code minimumIdle}, {@code idle} →
 * {@code idleTimeout} (ms), {@code acquire} → {@code connectionTimeout} (ms). Defaults are
 * Sequelize's: max 5, min 0, idle 10 000, acquire 60 000. {@code logging} receives each SQL
 * statement Jdbi runs, like Sequelize's {@code logging} option ({@code System.out::println}).
 *
 * <pre>{@code
 * Joinery db = Joinery.connect(PoolOptions.url("jdbc:postgresql://localhost/shop")
 *     .user("shop").password(secret).max(10).logging(System.out::println));
 * }</pre>
 *
 * <p>Immutable: each {@code with}-style method returns a copy. HikariCP raises an idle timeout
 * below 10 s to 10 s and an acquire timeout below 250 ms to 250 ms.
 */
public final class PoolOptions {
  private final String url;
  private final String user;
  private final String password;
  private final int max;
  private final int min;
  private final long idle;
  private final long acquire;
  private final Consumer<String> logging;

  private PoolOptions(String url, String user, String password, int max, int min, long idle,
      long acquire, Consumer<String> logging) {
    this.url = Objects.requireNonNull(url, "url");
    this.user = user;
    this.password = password;
    this.max = max;
    this.min = min;
    this.idle = idle;
    this.acquire = acquire;
    this.logging = logging;
  }

  /** Options for {@code jdbcUrl} with Sequelize's pool defaults and no logging. */
  public static PoolOptions url(String jdbcUrl) {
    return new PoolOptions(jdbcUrl, null, null, 5, 0, 10_000, 60_000, null);
  }

  public PoolOptions user(String user) {
    return new PoolOptions(url, user, password, max, min, idle, acquire, logging);
  }

  public PoolOptions password(String password) {
    return new PoolOptions(url, user, password, max, min, idle, acquire, logging);
  }

  /** The most connections the pool opens. */
  public PoolOptions max(int max) {
    if (max < 1) throw new IllegalArgumentException("max must be at least 1, was " + max);
    return new PoolOptions(url, user, password, max, min, idle, acquire, logging);
  }

  /** The connections the pool keeps open when idle. */
  public PoolOptions min(int min) {
    if (min < 0) throw new IllegalArgumentException("min must not be negative, was " + min);
    return new PoolOptions(url, user, password, max, min, idle, acquire, logging);
  }

  /** Milliseconds an unused connection above {@code min} stays open. */
  public PoolOptions idle(long idleMillis) {
    return new PoolOptions(url, user, password, max, min, idleMillis, acquire, logging);
  }

  /** Milliseconds to wait for a free connection before failing. */
  public PoolOptions acquire(long acquireMillis) {
    return new PoolOptions(url, user, password, max, min, idle, acquireMillis, logging);
  }

  /** Receives the text of every SQL statement run; {@code null} for none. */
  public PoolOptions logging(Consumer<String> logging) {
    return new PoolOptions(url, user, password, max, min, idle, acquire, logging);
  }

  public String url() { return url; }

  public String user() { return user; }

  public String password() { return password; }

  public int max() { return max; }

  public int min() { return min; }

  public long idle() { return idle; }

  public long acquire() { return acquire; }

  public Consumer<String> logging() { return logging; }

  @Override
  public String toString() {
    // No password: options end up in logs.
    return "PoolOptions[url=" + url + ", user=" + user + ", max=" + max + ", min=" + min
        + ", idle=" + idle + ", acquire=" + acquire + ", logging=" + (logging != null) + "]";
  }
}
