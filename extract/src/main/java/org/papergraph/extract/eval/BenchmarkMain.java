package org.papergraph.extract.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import org.papergraph.extract.Pipeline;
import org.papergraph.ingest.Paper;

/**
 * Extraction speed on one thread with every component on:
 * {@code java -cp ... org.papergraph.extract.eval.BenchmarkMain INPUT [ROUNDS]}. Prints wall-clock
 * and CPU-time throughput; CPU time is the per-core figure, independent of other load.
 */
public final class BenchmarkMain {

  private BenchmarkMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: BenchmarkMain INPUT [ROUNDS]");
      System.exit(2);
    }
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 40;
    List<Paper> papers = Inputs.read(List.of(args[0]));
    Pipeline pipeline = Pipeline.load();
    for (int i = 0; i < 10; i++) {
      papers.forEach(pipeline::extract);
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long cpu0 = mx.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    int n = 0;
    for (int r = 0; r < rounds; r++) {
      for (Paper p : papers) {
        pipeline.extract(p);
        n++;
      }
    }
    double wall = (System.nanoTime() - wall0) / 1e9;
    double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
    System.out.printf(Locale.ROOT, "abstracts: %d (%d papers x %d rounds)%n", n, papers.size(),
        rounds);
    System.out.printf(Locale.ROOT, "wall: %.2f s, %.0f abstracts/s%n", wall, n / wall);
    System.out.printf(Locale.ROOT, "cpu:  %.2f s, %.0f abstracts/s per core%n", cpu, n / cpu);
    System.out.println(pipeline.configuration());
  }
}
