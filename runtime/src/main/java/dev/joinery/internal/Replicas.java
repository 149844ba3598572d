package dev.joinery.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connections of a {@code Jdbi} with read replicas: the primary's for every handle, and a
 * replica's for the handles {@link ReadRouting} opens for a read. Both kinds come from the same
 * {@code Jdbi}, so a replica's handle has every setting, mapper, plugin and logger of the
 * primary's. Replicas are taken in turn (round robin); one that fails is left out for the
 * cool-down, then tried again.
 */
public final class Replicas implements ConnectionFactory {
  private static final Logger LOG = LoggerFactory.getLogger("dev.joinery.replicas");

  private final DataSource primary;
  private final List<Replica> replicas;
  private final long cooldownNanos;
  /**
   * The replica whose connection the handle being opened on this thread gets, if any: set only
   * around {@link #open}, which passes it to {@link #openConnection} through Jdbi.
   */
  private static final ThreadLocal<Replica> OPENING = new ThreadLocal<>();

  private final AtomicInteger next = new AtomicInteger();

  /**
   * {@code primary} and the replicas' data sources, named (for the log) by {@code names};
   * a failed replica is left out for {@code cooldownMillis}.
   */
  public Replicas(DataSource primary, List<DataSource> replicas, List<String> names,
      long cooldownMillis) {
    this.primary = primary;
    List<Replica> all = new ArrayList<>();
    for (int i = 0; i < replicas.size(); i++) {
      all.add(new Replica(names.get(i), replicas.get(i)));
    }
    this.replicas = List.copyOf(all);
    this.cooldownNanos = cooldownMillis * 1_000_000L;
  }

  @Override
  public Connection openConnection() throws SQLException {
    Replica target = OPENING.get();
    // The thread-local is shared by every Replicas object: serve only a replica of this one.
    return target != null && replicas.contains(target) ? target.dataSource.getConnection()
        : primary.getConnection();
  }

  /** A handle of {@code jdbi} on a connection of {@code replica}. */
  Handle open(Jdbi jdbi, Replica replica) {
    OPENING.set(replica);
    try {
      return jdbi.open();
    } finally {
      OPENING.remove();
    }
  }

  /**
   * The replicas to try for one read, in order: each read starts one further along the list, and
   * those cooling down after a failure are left out.
   */
  List<Replica> candidates() {
    int size = replicas.size();
    int start = Math.floorMod(next.getAndIncrement(), size);
    long now = System.nanoTime();
    List<Replica> order = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      Replica replica = replicas.get((start + i) % size);
      if (replica.available(now)) {
        order.add(replica);
      }
    }
    return order;
  }

  /** Leaves {@code replica} out of the rotation for the cool-down. */
  void failed(Replica replica, RuntimeException why) {
    replica.downUntil = System.nanoTime() + cooldownNanos;
    replica.down = true;
    LOG.warn("Read replica {} failed, reads skip it for {} ms: {}", replica.name,
        cooldownNanos / 1_000_000, why.getMessage());
  }

  /** One read replica and when it may be tried again. */
  static final class Replica {
    final String name;
    final DataSource dataSource;
    volatile boolean down;
    volatile long downUntil;

    Replica(String name, DataSource dataSource) {
      this.name = name;
      this.dataSource = dataSource;
    }

    boolean available(long now) {
      // nanoTime values are compared by their difference: they may wrap.
      return !down || now - downUntil >= 0;
    }
  }
}
