package org.papergraph.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

/**
 * Heap peaks while a benchmark runs: used heap sampled every 20 ms, committed heap, and the
 * largest heap still in use right after a collection (the live set, the number that shows
 * whether memory stays flat).
 */
final class HeapWatch implements AutoCloseable {

  private final Thread sampler;
  private volatile boolean running = true;
  private volatile long peakUsed;
  private volatile long peakCommitted;

  HeapWatch() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    sampler = new Thread(this::sample, "heap-watch");
    sampler.setDaemon(true);
    sampler.start();
  }

  private void sample() {
    Runtime rt = Runtime.getRuntime();
    while (running) {
      long committed = rt.totalMemory();
      peakUsed = Math.max(peakUsed, committed - rt.freeMemory());
      peakCommitted = Math.max(peakCommitted, committed);
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  long peakUsed() {
    return peakUsed;
  }

  long peakCommitted() {
    return peakCommitted;
  }

  /** The most heap in use just after a collection, over all heap pools (sum of pool maxima). */
  static long liveAfterGc() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage u = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
      if (u != null) {
        sum += u.getUsed();
      }
    }
    return sum;
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    sampler.interrupt();
    sampler.join();
  }
}
