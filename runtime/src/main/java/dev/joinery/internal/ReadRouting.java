package dev.joinery.internal;

import dev.joinery.ConnectionFailedException;
import dev.joinery.meta.TableMeta;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.config.JdbiConfig;

/**
 * Where a read of a generated DAO runs: on a read replica when the {@code Jdbi} has some
 * ({@link Replicas}), the handle is in no transaction and the thread is not in
 * {@link #onPrimary}; else on the DAO's own handle (the primary, or the caller's transaction).
 * Writes never come here. The choice is made once per DAO call, with no round trip: the handle
 * knows whether it is in a transaction.
 *
 * <p>A replica that cannot give a connection, or whose connection fails before the read has
 * returned a row to the caller, is left out for the cool-down and the read goes to the next one;
 * when none is left the primary answers. A stream is routed when it is opened: a replica that
 * fails after that fails the stream, as the primary would.
 *
 * <p>Installed on a {@code Jdbi} by {@link dev.joinery.Joinery#connect}; the {@link Replicas}
 * object is shared by every copy of this config (every handle of that {@code Jdbi}).
 */
public final class ReadRouting implements JdbiConfig<ReadRouting> {
  /** Set while this thread is in an {@link #onPrimary} scope. */
  private static final ThreadLocal<Boolean> ON_PRIMARY = new ThreadLocal<>();

  private Replicas replicas;

  /** No replicas: every read runs on its own handle. */
  public ReadRouting() {}

  private ReadRouting(ReadRouting other) {
    this.replicas = other.replicas;
  }

  /** Routes reads to {@code replicas}; {@code null} sends them all to the primary. */
  public ReadRouting setReplicas(Replicas replicas) {
    this.replicas = replicas;
    return this;
  }

  @Override
  public ReadRouting createCopy() {
    return new ReadRouting(this);
  }

  /** Runs {@code body} with every read of this thread on the primary (read-your-writes). */
  public static <R> R onPrimary(Supplier<R> body) {
    if (ON_PRIMARY.get() != null) {
      return body.get();
    }
    ON_PRIMARY.set(Boolean.TRUE);
    try {
      return body.get();
    } finally {
      ON_PRIMARY.remove();
    }
  }

  /** Runs the read {@code read} of {@code table} where it belongs (see the class comment). */
  public static <T, K, R> R read(Handle handle, TableMeta<T> table,
      Function<Repository<T, K>, R> read) {
    return read(handle, table, read, () -> true);
  }

  /**
   * {@link #read(Handle, TableMeta, Function)} for a read that hands rows out as it goes: after a
   * connection failure it moves to another replica only while {@code nothingHandedOut} holds.
   */
  public static <T, K, R> R read(Handle handle, TableMeta<T> table,
      Function<Repository<T, K>, R> read, BooleanSupplier nothingHandedOut) {
    Replicas replicas = routed(handle);
    if (replicas == null) {
      return read.apply(Repository.of(handle, table));
    }
    for (Replicas.Replica replica : replicas.candidates()) {
      Handle replicaHandle = openOrSkip(replicas, handle, replica);
      if (replicaHandle == null) {
        continue;
      }
      try {
        return read.apply(Repository.of(replicaHandle, table));
      } catch (ConnectionFailedException e) {
        if (!nothingHandedOut.getAsBoolean()) {
          throw e;
        }
        replicas.failed(replica, e);
      } finally {
        closeQuietly(replicaHandle);
      }
    }
    // Every replica is down or cooling down: the primary answers rather than nobody.
    return read.apply(Repository.of(handle, table));
  }

  /** A handle on {@code replica}, or null when it gives none (it is then left out a while). */
  private static Handle openOrSkip(Replicas replicas, Handle handle, Replicas.Replica replica) {
    try {
      return replicas.open(handle.getJdbi(), replica);
    } catch (JdbiException e) {
      replicas.failed(replica, e);
      return null;
    }
  }

  /**
   * The stream {@code open} opens, on a replica when the read is routed there; closing the stream
   * releases the replica's handle.
   */
  public static <T, K, R> Stream<R> stream(Handle handle, TableMeta<T> table,
      Function<Repository<T, K>, Stream<R>> open) {
    Replicas replicas = routed(handle);
    if (replicas == null) {
      return open.apply(Repository.of(handle, table));
    }
    for (Replicas.Replica replica : replicas.candidates()) {
      Handle replicaHandle = openOrSkip(replicas, handle, replica);
      if (replicaHandle == null) {
        continue;
      }
      try {
        return open.apply(Repository.of(replicaHandle, table))
            .onClose(() -> closeQuietly(replicaHandle));
      } catch (RuntimeException | Error e) {
        closeQuietly(replicaHandle);
        throw e;
      }
    }
    return open.apply(Repository.of(handle, table));
  }

  /** The replicas a read on {@code handle} goes to now, or {@code null} for the handle itself. */
  private static Replicas routed(Handle handle) {
    Replicas replicas = handle.getConfig(ReadRouting.class).replicas;
    if (replicas == null || ON_PRIMARY.get() != null || handle.isInTransaction()) {
      return null;
    }
    return replicas;
  }

  private static void closeQuietly(Handle handle) {
    try {
      handle.close();
    } catch (RuntimeException e) {
      // A replica's connection that broke during the read may fail to close: the pool drops it.
    }
  }
}
