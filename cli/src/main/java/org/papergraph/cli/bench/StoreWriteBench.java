package org.papergraph.cli.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.papergraph.cli.Version;
import org.papergraph.cli.build.StoreWriter;
import org.papergraph.extract.Extraction;
import org.papergraph.extract.Pipeline;
import org.papergraph.graph.BuildActivity;
import org.papergraph.graph.PaperStore;
import org.papergraph.ingest.IngestOptions;
import org.papergraph.ingest.Paper;
import org.papergraph.ingest.PaperHandler;
import org.papergraph.ingest.PaperInputs;
import org.papergraph.ingest.Rejection;

/**
 * The build's three stages timed apart: ingest streams papers, chunks of {@link #CHUNK} are
 * extracted on the worker threads, and each chunk is written by the {@link StoreWriter} of {@code
 * papergraph build} (the bulk loader for a new store, or one write transaction). Unlike the build,
 * extraction and writing do not overlap here, so each stage's time is its own.
 */
public final class StoreWriteBench {

  /** The chunk size of {@code papergraph build}. */
  static final int CHUNK = org.papergraph.cli.build.BuildJob.CHUNK;

  /** What one run measured, in seconds. */
  public record Result(long papers, long rejected, boolean bulk, double totalSeconds,
      double extractSeconds, double writeSeconds, double commitSeconds, long triples) {

    /** The store write stage: every {@code write} call plus the commit. */
    public double storeWriteSeconds() {
      return writeSeconds + commitSeconds;
    }
  }

  private StoreWriteBench() {}

  /** @param bulk use the bulk loader (as a build into a new store does), else one transaction */
  public static Result run(List<String> inputs, Path store, int threads, boolean bulk)
      throws Exception {
    long t0 = System.nanoTime();
    Pipeline pipeline = Pipeline.load();
    BuildActivity activity = new BuildActivity(Version.get(), Instant.now(), null, List.of(),
        pipeline.configuration());
    ExecutorService workers = Executors.newFixedThreadPool(threads);
    try (StoreWriter writer = StoreWriter.open(store, null, activity, bulk)) {
      Stages stages = new Stages(pipeline, workers, writer);
      var stats = PaperInputs.read(inputs, IngestOptions.defaults(), stages);
      stages.flush();
      long c0 = System.nanoTime();
      writer.commit();
      double commit = (System.nanoTime() - c0) / 1e9;
      writer.close();
      long triples;
      try (PaperStore s = PaperStore.open(store)) {
        triples = s.tripleCount();
      }
      return new Result(stats.papers(), stats.rejected(), bulk, (System.nanoTime() - t0) / 1e9,
          stages.extractNanos / 1e9, stages.writeNanos / 1e9, commit, triples);
    } finally {
      workers.shutdownNow();
    }
  }

  /** Receives papers from ingest and runs the other two stages chunk by chunk. */
  private static final class Stages implements PaperHandler {
    private final Pipeline pipeline;
    private final ExecutorService workers;
    private final StoreWriter writer;
    private final List<Paper> chunk = new ArrayList<>(CHUNK);
    long extractNanos;
    long writeNanos;

    Stages(Pipeline pipeline, ExecutorService workers, StoreWriter writer) {
      this.pipeline = pipeline;
      this.workers = workers;
      this.writer = writer;
    }

    @Override
    public void paper(Paper paper) {
      chunk.add(paper);
      if (chunk.size() >= CHUNK) {
        flush();
      }
    }

    @Override
    public void rejected(Rejection rejection) {
      // counted by IngestStats
    }

    void flush() {
      if (chunk.isEmpty()) {
        return;
      }
      try {
        long e0 = System.nanoTime();
        List<Callable<Extraction>> jobs = new ArrayList<>(chunk.size());
        chunk.forEach(p -> jobs.add(() -> pipeline.extract(p)));
        List<Extraction> batch = new ArrayList<>(chunk.size());
        for (Future<Extraction> f : workers.invokeAll(jobs)) {
          batch.add(f.get());
        }
        long w0 = System.nanoTime();
        writer.submit(batch);
        writer.awaitPending();
        extractNanos += w0 - e0;
        writeNanos += System.nanoTime() - w0;
        chunk.clear();
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException("store-write benchmark failed: " + e.getMessage(), e);
      }
    }
  }
}
