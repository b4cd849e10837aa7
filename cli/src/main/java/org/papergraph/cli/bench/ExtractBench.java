package org.papergraph.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.papergraph.extract.Extraction;
import org.papergraph.extract.Extractor;
import org.papergraph.ingest.Paper;

/**
 * Extraction throughput: {@code threads} workers share one extractor and take papers from a
 * common list. Each worker first extracts its own warm-up papers (JIT, caches), then all start
 * together; only the second phase is timed, by the wall clock and by each worker's CPU time.
 */
public final class ExtractBench {

  /** What one run measured. */
  public record Result(int threads, int papers, double wallSeconds, double cpuSeconds,
      double processCpuSeconds, long mentions, long results) {

    public double perSecond() {
      return papers / wallSeconds;
    }

    public double perThreadSecond() {
      return perSecond() / threads;
    }

    /** Abstracts per CPU-second of the workers: per-core speed, whatever else runs. */
    public double perCpuSecond() {
      return cpuSeconds > 0 ? papers / cpuSeconds : Double.NaN;
    }
  }

  private ExtractBench() {}

  /** Runs {@code papers} after {@code warmup} (distinct papers, split across the workers). */
  public static Result run(Extractor extractor, List<Paper> warmup, List<Paper> papers,
      int threads) throws InterruptedException {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    AtomicInteger nextWarm = new AtomicInteger();
    AtomicInteger next = new AtomicInteger();
    AtomicLong cpuNanos = new AtomicLong();
    AtomicLong mentions = new AtomicLong();
    AtomicLong results = new AtomicLong();
    CountDownLatch warmed = new CountDownLatch(threads);
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> workers = new ArrayList<>();
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int t = 0; t < threads; t++) {
      Thread w = new Thread(() -> {
        try {
          for (int i = nextWarm.getAndIncrement(); i < warmup.size();
              i = nextWarm.getAndIncrement()) {
            extractor.extract(warmup.get(i));
          }
          warmed.countDown();
          go.await();
          long cpu0 = mx.getCurrentThreadCpuTime();
          for (int i = next.getAndIncrement(); i < papers.size(); i = next.getAndIncrement()) {
            Extraction x = extractor.extract(papers.get(i));
            mentions.addAndGet(x.mentions().size());
            results.addAndGet(x.results().size());
          }
          cpuNanos.addAndGet(mx.getCurrentThreadCpuTime() - cpu0);
        } catch (Throwable e) {
          failures.add(e);
          warmed.countDown();
        }
      }, "bench-extract-" + t);
      workers.add(w);
      w.start();
    }
    warmed.await();
    long process0 = processCpuNanos();
    long start = System.nanoTime();
    go.countDown();
    for (Thread w : workers) {
      w.join();
    }
    double wall = (System.nanoTime() - start) / 1e9;
    double process = (processCpuNanos() - process0) / 1e9;
    if (!failures.isEmpty()) {
      throw new IllegalStateException("extraction failed: " + failures.get(0), failures.get(0));
    }
    return new Result(threads, papers.size(), wall, cpuNanos.get() / 1e9, process,
        mentions.get(), results.get());
  }

  /** CPU time of the whole JVM (workers, JIT compiler, garbage collector), or -1 if unknown. */
  static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  /** Papers {@code from .. from+count-1} of {@code generator} as ingest papers. */
  public static List<Paper> papers(CorpusGenerator generator, long from, int count) {
    List<Paper> out = new ArrayList<>(count);
    for (long i = from; i < from + count; i++) {
      SyntheticPaper p = generator.paper(i);
      out.add(Paper.of(p.id(), p.title(), p.abstractText()));
    }
    return out;
  }
}
