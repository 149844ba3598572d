package dev.joinery.bench.stream;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap a piece of work needed, two ways. <b>Peak used</b>: the sum of the heap pools' peak
 * usage (JMX {@code MemoryPoolMXBean}), garbage included, so it grows towards whatever heap the
 * JVM has, and only says the work fit in it. <b>Live after GC</b>: the largest heap left after any
 * collection during the work (JMX GC notifications), the memory the work actually held on to; a
 * read that materialised its rows would show them all here. Young collections leave old garbage
 * in place, so this overstates what is live; {@link #sampleLive()} measures it exactly, with a
 * full collection, at points the caller picks.
 */
final class HeapWatch implements NotificationListener, AutoCloseable {
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private volatile long maxAfterGc;
  private volatile int collections;
  private long maxLive;

  private HeapWatch() {}

  /** Collects, resets the pools' peaks and starts listening to collections. */
  static HeapWatch start() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    HeapWatch watch = new HeapWatch();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(watch, null, null);
        watch.emitters.add(emitter);
      }
    }
    return watch;
  }

  @Override
  public void handleNotification(Notification notification, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
        .equals(notification.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    long used = 0;
    for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
      if (isHeap(pool.getKey())) {
        used += pool.getValue().getUsed();
      }
    }
    collections++;
    maxAfterGc = Math.max(maxAfterGc, used);
  }

  private static boolean isHeap(String poolName) {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getName().equals(poolName)) {
        return pool.getType() == MemoryType.HEAP;
      }
    }
    return false;
  }

  /** The sum of the heap pools' peak usage since {@link #start()}. */
  long peakUsed() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** The largest heap left after a collection since {@link #start()}. */
  long maxLiveAfterGc() {
    return maxAfterGc;
  }

  /** Runs a full collection and records the heap still in use: what is live right now. */
  void sampleLive() {
    System.gc();
    maxLive = Math.max(maxLive, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
  }

  /** The largest heap {@link #sampleLive()} found. */
  long maxLive() {
    return maxLive;
  }

  int collections() {
    return collections;
  }

  @Override
  public void close() {
    for (NotificationEmitter emitter : emitters) {
      try {
        emitter.removeNotificationListener(this);
      } catch (javax.management.ListenerNotFoundException ignored) {
        // never added to this one
      }
    }
  }
}
