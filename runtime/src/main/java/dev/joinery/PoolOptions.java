package dev.joinery;

import java.util.List;
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
 * <p>{@link #read(String...)} adds read replicas, as Sequelize's
 * {@code replication: {read: [...], write: {...}}}: this URL is then the write (primary) URL, and
 * each read URL gets a pool of its own with the same user, password and pool words; see the
 * README's "Read replicas" for what runs where.
 *
 * <pre>{@code
 * Joinery db = Joinery.connect(PoolOptions.url("jdbc:mysql://primary/shop").user("shop")
 *     .password(secret).read("jdbc:mysql://replica1/shop", "jdbc:mysql://replica2/shop"));
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
  private final Reads reads;

  /** The read replicas' URLs and how a failing one is handled. */
  private record Reads(List<String> urls, long cooldown, long acquire) {}

  private PoolOptions(String url, String user, String password, int max, int min, long idle,
      long acquire, Consumer<String> logging) {
    this(url, user, password, max, min, idle, acquire, logging, new Reads(List.of(), 5_000, 1_000));
  }

  private PoolOptions(String url, String user, String password, int max, int min, long idle,
      long acquire, Consumer<String> logging, Reads reads) {
    this.url = Objects.requireNonNull(url, "url");
    this.user = user;
    this.password = password;
    this.max = max;
    this.min = min;
    this.idle = idle;
    this.acquire = acquire;
    this.logging = logging;
    this.reads = reads;
  }

  /** Options for {@code jdbcUrl} with Sequelize's pool defaults and no logging. */
  public static PoolOptions url(String jdbcUrl) {
    return new PoolOptions(jdbcUrl, null, null, 5, 0, 10_000, 60_000, null);
  }

  public PoolOptions user(String user) {
    return new PoolOptions(url, user, password, max, min, idle, acquire, logging, reads);
  }

  public PoolOptions password(String password) {
    return new PoolOptions(url, user, password, max, min, idle, acquire, logging, reads);
  }

  /** The most connections the pool opens. */
  public PoolOptions max(int max) {
    if (max < 1) throw new IllegalArgumentException("max must be at least 1, was " + max);
    return new PoolOptions(url, user, password, max, min, idle, acquire, logging, reads);
  }

  /** The connections the pool keeps open when idle. */
  public PoolOptions min(int min) {
    if (min < 0) throw new IllegalArgumentException("min must not be negative, was " + min);
    return new PoolOptions(url, user, password, max, min, idle, acquire, logging, reads);
  }

  /** Milliseconds an unused connection above {@code min} stays open. */
  public PoolOptions idle(long idleMillis) {
    return new PoolOptions(url, user, password, max, min, idleMillis, acquire, logging, reads);
  }

  /** Milliseconds to wait for a free connection before failing. */
  public PoolOptions acquire(long acquireMillis) {
    return new PoolOptions(url, user, password, max, min, idle, acquireMillis, logging, reads);
  }

  /** Receives the text of every SQL statement run; {@code null} for none. */
  public PoolOptions logging(Consumer<String> logging) {
    return new PoolOptions(url, user, password, max, min, idle, acquire, logging, reads);
  }

  /**
   * Read replicas (Sequelize's {@code replication.read}): reads outside a transaction go to
   * them in turn, everything else to {@link #url()}. Replaces the read URLs set before; none
   * (the default) sends everything to {@link #url()}.
   */
  public PoolOptions read(String... readUrls) {
    return read(List.of(readUrls));
  }

  /** {@link #read(String...)} from a list. */
  public PoolOptions read(List<String> readUrls) {
    List<String> urls = List.copyOf(readUrls);
    return new PoolOptions(url, user, password, max, min, idle, acquire, logging,
        new Reads(urls, reads.cooldown(), reads.acquire()));
  }

  /**
   * Milliseconds a replica that failed to give a connection (or lost it before returning a row)
   * is left out of the rotation before it is tried again; default 5 000.
   */
  public PoolOptions readCooldown(long cooldownMillis) {
    if (cooldownMillis < 0) {
      throw new IllegalArgumentException("readCooldown must not be negative, was "
          + cooldownMillis);
    }
    return new PoolOptions(url, user, password, max, min, idle, acquire, logging,
        new Reads(reads.urls(), cooldownMillis, reads.acquire()));
  }

  /**
   * Milliseconds a read waits for a replica's connection before it gives up on that replica and
   * goes to the next one; default 1 000. Short, because a replica that is down makes its pool
   * wait this long; {@link #acquire(long)} stays the primary's.
   */
  public PoolOptions readAcquire(long acquireMillis) {
    return new PoolOptions(url, user, password, max, min, idle, acquire, logging,
        new Reads(reads.urls(), reads.cooldown(), acquireMillis));
  }

  public String url() { return url; }

  public String user() { return user; }

  public String password() { return password; }

  public int max() { return max; }

  public int min() { return min; }

  public long idle() { return idle; }

  public long acquire() { return acquire; }

  public Consumer<String> logging() { return logging; }

  /** The read replicas' URLs; empty when every statement goes to {@link #url()}. */
  public List<String> readUrls() { return reads.urls(); }

  public long readCooldown() { return reads.cooldown(); }

  public long readAcquire() { return reads.acquire(); }

  @Override
  public String toString() {
    // No password: options end up in logs.
    return "PoolOptions[url=" + url + ", user=" + user + ", max=" + max + ", min=" + min
        + ", idle=" + idle + ", acquire=" + acquire + ", logging=" + (logging != null)
        + ", read=" + reads.urls() + "]";
  }
}
