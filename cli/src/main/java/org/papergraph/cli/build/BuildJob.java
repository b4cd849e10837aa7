package org.papergraph.cli.build;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.papergraph.cli.Version;
import org.papergraph.extract.Extraction;
import org.papergraph.extract.Extractor;
import org.papergraph.extract.Pipeline;
import org.papergraph.graph.BuildActivity;
import org.papergraph.graph.ExtractionMapper;
import org.papergraph.graph.IriScheme;
import org.papergraph.graph.PaperStore;
import org.papergraph.graph.WriteSummary;
import org.papergraph.ingest.Paper;
import org.papergraph.ingest.PaperInputs;
import org.papergraph.ingest.Rejection;
import org.papergraph.ingest.SourcePosition;

/**
 * Ingest, extract and write, streaming: papers arrive in order from the inputs, are extracted in
 * chunks on all cores, and each chunk is written while the next one is extracted. The whole build
 * lands whole or not at all: one store transaction, or for a new store Jena's bulk loader
 * ({@link StoreWriter}).
 */
public final class BuildJob {

  /**
   * Papers per chunk: extracted together, then written in one {@code PaperStore.write}. Larger
   * chunks let the entity and summary updates of papers naming the same things coalesce (1,024
   * wrote 2,000 generated abstracts in 31 s against 42 s with 256); two chunks are in memory.
   */
  public static final int CHUNK = 1024;
  private static final int SHOWN_REJECTIONS = 20;

  private final BuildSettings settings;
  private final PrintWriter progress;

  private final Extractor extractor;
  private final String configuration;

  /** @param progress where progress lines go (standard error), or null for none */
  public BuildJob(BuildSettings settings, PrintWriter progress) {
    this(settings, progress, Pipeline.load());
  }

  private BuildJob(BuildSettings settings, PrintWriter progress, Pipeline pipeline) {
    this(settings, progress, pipeline, pipeline.configuration());
  }

  /** A build with another extractor, as tests use it; {@code configuration} goes to provenance. */
  BuildJob(BuildSettings settings, PrintWriter progress, Extractor extractor,
      String configuration) {
    this.settings = settings;
    this.progress = progress;
    this.extractor = extractor;
    this.configuration = configuration;
  }

  public BuildSummary run() throws Exception {
    try {
      return runOnce();
    } catch (ChunkingHandler.SinkFailure e) {
      throw (Exception) e.getCause();
    }
  }

  private BuildSummary runOnce() throws Exception {
    Instant started = Instant.now();
    List<String> inputs = settings.strict() ? StrictCheck.verify(settings) : settings.inputs();
    BuildActivity activity = new BuildActivity(Version.get(), started, null,
        InputDigests.of(inputs), configuration);
    ExecutorService workers = Executors.newFixedThreadPool(settings.threads());
    IriScheme iris = settings.base() == null ? null : new IriScheme(settings.base());
    try (RejectLog rejects = RejectLog.open(settings.rejects(), SHOWN_REJECTIONS);
        StoreWriter writer = StoreWriter.open(settings.store(), iris, activity, true)) {
      Tally tally = new Tally();
      Map<String, Paper> chunk = new LinkedHashMap<>();
      Progress meter = new Progress(progress);
      var stats = PaperInputs.read(inputs, settings.ingest(), new ChunkingHandler(chunk, rejects,
          meter, full -> tally.add(writer.submit(tally.note(extract(extractor, workers, full, rejects, meter))))));
      if (!chunk.isEmpty()) {
        List<Paper> rest = new ArrayList<>(chunk.values());
        tally.add(writer.submit(tally.note(extract(extractor, workers, rest, rejects, meter))));
      }
      meter.committing(stats.papers());
      tally.add(writer.commit());
      writer.close();  // releases the store for the count below
      meter.done();
      long triples;
      try (PaperStore store = PaperStore.open(settings.store())) {
        triples = store.tripleCount();
      }
      double seconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
      return new BuildSummary(stats.papers(), rejects.count(), rejects.shown(), stats.warnings(),
          stats.duplicates(), tally.entities.size(), tally.mentions, tally.results,
          triples, seconds);
    } finally {
      workers.shutdownNow();
    }
  }

  /**
   * Extracts a chunk on the worker threads. A paper whose extraction fails, or breaks a promise
   * the graph relies on, is set aside and reported as skipped: one bad paper never sinks a build.
   */
  private static List<Extraction> extract(Extractor extractor, ExecutorService workers,
      List<Paper> papers, RejectLog rejects, Progress progress) throws Exception {
    List<Callable<Extraction>> jobs = new ArrayList<>(papers.size());
    for (Paper p : papers) {
      jobs.add(() -> {
        Extraction x = extractor.extract(p);
        ExtractionMapper.check(x);
        return x;
      });
    }
    List<Extraction> out = new ArrayList<>(papers.size());
    List<Future<Extraction>> done = workers.invokeAll(jobs);
    for (int i = 0; i < done.size(); i++) {
      try {
        out.add(done.get(i).get());
      } catch (ExecutionException e) {
        Paper p = papers.get(i);
        Rejection r = new Rejection(p.origin() != null ? p.origin()
            : new SourcePosition(p.id(), ""), "extraction failed for paper " + p.id() + ": "
            + e.getCause().getMessage(), p.title());
        rejects.add(r);
        progress.rejected(r);
      }
    }
    return out;
  }

  /** Running totals over the batches written. */
  private static final class Tally {
    final Set<String> entities = new HashSet<>();
    long mentions;
    long results;

    List<Extraction> note(List<Extraction> batch) {
      batch.forEach(x -> x.entities().forEach(e -> entities.add(e.key())));
      return batch;
    }

    void add(WriteSummary s) {
      if (s != null) {
        mentions += s.mentions();
        results += s.results();
      }
    }
  }
}
