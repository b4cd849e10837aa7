package org.papergraph.cli.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.query.TxnType;
import org.papergraph.cli.Version;
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
 * extracted on the worker threads, and each chunk is written with {@link PaperStore#write} inside
 * one write transaction committed at the end, as {@code papergraph build} does. Unlike the build,
 * extraction and writing do not overlap here, so each stage's time is its own.
 */
public final class StoreWriteBench {

  /** The chunk size of {@code papergraph build}. */
  static final int CHUNK = org.papergraph.cli.build.BuildJob.CHUNK;

  /** What one run measured, in seconds. */
  public record Result(long papers, long rejected, double totalSeconds, double extractSeconds,
      double writeSeconds, double commitSeconds, long triples) {

    /** The store write stage: every {@code write} call plus the commit. */
    public double storeWriteSeconds() {
      return writeSeconds + commitSeconds;
    }
  }

  private StoreWriteBench() {}

  public static Result run(List<String> inputs, Path store, int threads) throws Exception {
    long t0 = System.nanoTime();
    Pipeline pipeline = Pipeline.load();
    BuildActivity activity = new BuildActivity(Version.get(), Instant.now(), null, List.of(),
        pipeline.configuration());
    ExecutorService workers = Executors.newFixedThreadPool(threads);
    ExecutorService writer = Executors.newSingleThreadExecutor();
    try (PaperStore s = PaperStore.open(store)) {
      Stages stages = new Stages(pipeline, workers, writer, s, activity);
      on(writer, () -> s.dataset().begin(TxnType.WRITE));
      var stats = PaperInputs.read(inputs, IngestOptions.defaults(), stages);
      stages.flush();
      long c0 = System.nanoTime();
      on(writer, () -> {
        s.dataset().commit();
        s.dataset().end();
      });
      double commit = (System.nanoTime() - c0) / 1e9;
      long triples = s.tripleCount();
      return new Result(stats.papers(), stats.rejected(), (System.nanoTime() - t0) / 1e9,
          stages.extractNanos / 1e9, stages.writeNanos / 1e9, commit, triples);
    } finally {
      workers.shutdownNow();
      writer.shutdownNow();
    }
  }

  private static <T> T on(ExecutorService thread, Callable<T> action) throws Exception {
    try {
      return thread.submit(action).get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }

  private static void on(ExecutorService thread, Runnable action) throws Exception {
    on(thread, () -> {
      action.run();
      return null;
    });
  }

  /** Receives papers from ingest and runs the other two stages chunk by chunk. */
  private static final class Stages implements PaperHandler {
    private final Pipeline pipeline;
    private final ExecutorService workers;
    private final ExecutorService writer;
    private final PaperStore store;
    private final BuildActivity activity;
    private final List<Paper> chunk = new ArrayList<>(CHUNK);
    long extractNanos;
    long writeNanos;

    Stages(Pipeline pipeline, ExecutorService workers, ExecutorService writer, PaperStore store,
        BuildActivity activity) {
      this.pipeline = pipeline;
      this.workers = workers;
      this.writer = writer;
      this.store = store;
      this.activity = activity;
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
        on(writer, () -> store.write(batch, activity));
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
