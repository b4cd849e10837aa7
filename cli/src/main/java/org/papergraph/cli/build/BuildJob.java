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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.papergraph.cli.Version;
import org.papergraph.extract.Extraction;
import org.papergraph.extract.Extractor;
import org.papergraph.extract.Pipeline;
import org.papergraph.graph.BuildActivity;
import org.papergraph.graph.IriScheme;
import org.papergraph.graph.PaperStore;
import org.papergraph.graph.WriteSummary;
import org.papergraph.ingest.Paper;
import org.papergraph.ingest.PaperInputs;

/**
 * Ingest, extract and write, streaming: papers arrive in order from the inputs, are extracted in
 * chunks on all cores, and each chunk is written while the next one is extracted. The whole build
 * is one store transaction: it lands whole or not at all.
 */
public final class BuildJob {

  static final int CHUNK = 256;
  private static final int SHOWN_REJECTIONS = 20;

  private final BuildSettings settings;
  private final PrintWriter progress;

  /** @param progress where progress lines go (standard error), or null for none */
  public BuildJob(BuildSettings settings, PrintWriter progress) {
    this.settings = settings;
    this.progress = progress;
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
    Pipeline pipeline = Pipeline.load();
    BuildActivity activity = new BuildActivity(Version.get(), started, null,
        InputDigests.of(inputs), pipeline.configuration());
    ExecutorService workers = Executors.newFixedThreadPool(settings.threads());
    try (PaperStore store = PaperStore.open(settings.store(), new IriScheme(settings.base()));
        RejectLog rejects = RejectLog.open(settings.rejects(), SHOWN_REJECTIONS);
        StoreWriter writer = new StoreWriter(store, activity)) {
      Tally tally = new Tally();
      Map<String, Paper> chunk = new LinkedHashMap<>();
      Progress meter = new Progress(progress);
      var stats = PaperInputs.read(inputs, settings.ingest(), new ChunkingHandler(chunk, rejects,
          meter, full -> tally.add(writer.submit(tally.note(extract(pipeline, workers, full))))));
      if (!chunk.isEmpty()) {
        List<Paper> rest = new ArrayList<>(chunk.values());
        tally.add(writer.submit(tally.note(extract(pipeline, workers, rest))));
      }
      tally.add(writer.commit());
      meter.done();
      double seconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
      return new BuildSummary(stats.papers(), stats.rejected(), rejects.shown(), stats.warnings(),
          stats.duplicates(), tally.entities.size(), tally.mentions, tally.results,
          store.tripleCount(), seconds);
    } finally {
      workers.shutdownNow();
    }
  }

  private static List<Extraction> extract(Extractor extractor, ExecutorService workers,
      List<Paper> papers) throws Exception {
    List<Callable<Extraction>> jobs = new ArrayList<>(papers.size());
    for (Paper p : papers) {
      jobs.add(() -> extractor.extract(p));
    }
    List<Extraction> out = new ArrayList<>(papers.size());
    for (Future<Extraction> f : workers.invokeAll(jobs)) {
      out.add(f.get());
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
