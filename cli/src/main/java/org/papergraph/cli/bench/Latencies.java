package org.papergraph.cli.bench;

import java.util.Arrays;

/** Latency samples in nanoseconds, with nearest-rank percentiles in milliseconds. */
public final class Latencies {

  private long[] samples = new long[1024];
  private int size;
  private long errors;
  private long cached;

  public void add(long nanos) {
    if (size == samples.length) {
      samples = Arrays.copyOf(samples, size * 2);
    }
    samples[size++] = nanos;
  }

  /** A successful request answered from the server's result cache; call with {@link #add}. */
  public void cached() {
    cached++;
  }

  public void error() {
    errors++;
  }

  public void addAll(Latencies other) {
    for (int i = 0; i < other.size; i++) {
      add(other.samples[i]);
    }
    errors += other.errors;
    cached += other.cached;
  }

  /** Successful requests. */
  public int count() {
    return size;
  }

  public long errors() {
    return errors;
  }

  /** Successful requests the server answered from its result cache. */
  public long cachedCount() {
    return cached;
  }

  /**
   * The nearest-rank percentile {@code p} in (0, 100] of the successful requests, in ms; NaN
   * when there are none.
   */
  public double percentileMillis(double p) {
    if (p <= 0 || p > 100) {
      throw new IllegalArgumentException("percentile must be in (0, 100], got " + p);
    }
    if (size == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(samples, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * size);
    return sorted[Math.max(rank, 1) - 1] / 1e6;
  }
}
