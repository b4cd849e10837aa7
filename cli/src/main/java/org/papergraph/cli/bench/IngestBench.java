package org.papergraph.cli.bench;

import java.util.List;
import org.papergraph.ingest.IngestException;
import org.papergraph.ingest.IngestOptions;
import org.papergraph.ingest.IngestStats;
import org.papergraph.ingest.Paper;
import org.papergraph.ingest.PaperHandler;
import org.papergraph.ingest.PaperInputs;
import org.papergraph.ingest.Rejection;

/**
 * The ingest stage alone: {@link PaperInputs#read} over the inputs, papers counted and dropped,
 * so that the time and heap are those of reading, parsing, cleaning and deduplicating.
 */
public final class IngestBench {

  /** What one run measured; heap figures in bytes. */
  public record Result(IngestStats stats, long abstractChars, double seconds, long peakUsedHeap,
      long peakCommittedHeap, long maxHeap) {

    public double papersPerSecond() {
      return stats.papers() / seconds;
    }
  }

  private IngestBench() {}

  public static Result run(List<String> inputs, IngestOptions options)
      throws IngestException, InterruptedException {
    long[] chars = new long[1];
    PaperHandler counter = new PaperHandler() {
      @Override
      public void paper(Paper paper) {
        chars[0] += paper.abstractText() == null ? 0 : paper.abstractText().length();
      }

      @Override
      public void rejected(Rejection rejection) {
        // counted by IngestStats
      }
    };
    long start = System.nanoTime();
    IngestStats stats;
    try (HeapWatch heap = new HeapWatch()) {
      stats = PaperInputs.read(inputs, options, counter);
      double seconds = (System.nanoTime() - start) / 1e9;
      return new Result(stats, chars[0], seconds, heap.peakUsed(), heap.peakCommitted(),
          Runtime.getRuntime().maxMemory());
    }
  }
}
