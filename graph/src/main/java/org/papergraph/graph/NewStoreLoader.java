package org.papergraph.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.papergraph.extract.Entity;
import org.papergraph.extract.Extraction;
import org.papergraph.graph.map.ActivityTriples;
import org.papergraph.graph.map.EntityNames;
import org.papergraph.graph.map.QuadEmitter;
import org.papergraph.graph.store.CountingStream;
import org.papergraph.graph.store.StoreDirectory;
import org.papergraph.graph.store.SummaryGraph;

/**
 * Builds a new store with Jena's TDB2 bulk loader (the phased loader {@code tdb2.tdbloader} uses
 * by default), for a build into a directory that does not hold a store yet. Paper graphs and entity
 * facts stream into the loader as they are written; entity names and the summary graph are worked
 * out in memory on the way (their size grows with distinct entities and pairs, not with papers)
 * and emitted once at the end. The result holds exactly the quads that {@link PaperStore#write} of
 * the same batches would have stored.
 *
 * <p>The loader keeps no transaction a crash could roll back, so it loads into a staging
 * directory beside the target, which {@link #finish} moves into place. Until then the target is
 * untouched; {@link #close} without {@code finish} deletes the staging directory. A paper that
 * comes again in a later batch (ingest merged a later record into it) cannot be replaced in the
 * loader; it is held back and written with {@link PaperStore#write} into the staging store after
 * the load, as an incremental build would have replaced it.
 */
public final class NewStoreLoader implements AutoCloseable {

  private final Path target;
  private final Path staging;
  private final IriScheme iris;
  private final BuildActivity activity;
  private final ExtractionMapper mapper;
  private final Dataset dataset;
  private final DataLoader loader;
  private final CountingStream sink;
  private final EntityNames names = new EntityNames();
  private final SummaryGraph summary;
  private final Set<String> loaded = new HashSet<>();
  private final Map<String, Extraction> later = new LinkedHashMap<>();
  private boolean started;
  private boolean indexed;
  private boolean finished;

  private NewStoreLoader(Path target, Path staging, IriScheme iris, BuildActivity activity) {
    this.target = target;
    this.staging = staging;
    this.iris = iris;
    this.activity = activity;
    this.mapper = new ExtractionMapper(iris);
    this.dataset = StoreDirectory.connect(staging);
    MonitorOutput quiet = (fmt, args) -> { };
    this.loader = LoaderFactory.createLoader(dataset.asDatasetGraph(), quiet);
    this.sink = new CountingStream(loader.stream());
    this.summary = SummaryGraph.collecting(iris);
  }

  /** True when {@code dir} holds no store yet: it does not exist or is an empty directory. */
  public static boolean applies(Path dir) {
    return StoreDirectory.isNew(dir);
  }

  /**
   * Starts loading a new store for {@code dir}.
   *
   * @param activity the build, cited by every paper graph; may be null
   * @throws StoreException if {@code dir} already holds something, or the staging directory
   *     beside it cannot be made
   */
  public static NewStoreLoader start(Path dir, IriScheme iris, BuildActivity activity) {
    if (!applies(dir)) {
      throw new StoreException(dir + " is not a new or empty directory; the bulk loader only"
          + " creates stores");
    }
    Path absolute = dir.toAbsolutePath().normalize();
    Path staging;
    try {
      Files.createDirectories(absolute.getParent());
      staging = Files.createTempDirectory(absolute.getParent(),
          absolute.getFileName() + ".loading-");
    } catch (IOException e) {
      throw new StoreException("cannot create a staging directory beside " + dir + ": "
          + e.getMessage(), e);
    }
    NewStoreLoader loader = null;
    try {
      loader = new NewStoreLoader(absolute, staging, iris, activity);
      StoreDirectory.recordBase(staging, iris.base());  // after TDB2 made the directory a store
      return loader;
    } catch (RuntimeException e) {
      if (loader != null) {
        loader.close();
      } else {
        deleteTree(staging);
      }
      throw e;
    }
  }

  /**
   * Streams a batch into the loader; a paper seen in an earlier batch is held back (see the class
   * comment).
   *
   * @throws StoreException naming the paper when the batch is refused (a paper twice in it, an
   *     extraction that breaks a promise of the graph); what was streamed before stays and the
   *     build is expected to stop
   */
  public WriteSummary write(List<Extraction> batch) {
    PaperStore.requireDistinctPapers(batch);
    ensureStarted();
    Node act = activity == null ? null : iris.activity(activity.id());
    long before = sink.quads();
    int added = 0;
    int replaced = 0;
    int mentions = 0;
    int results = 0;
    for (Extraction x : batch) {
      mentions += x.mentions().size();
      results += x.results().size();
      if (!loaded.add(x.paper().id())) {
        later.put(x.paper().id(), x);
        replaced++;
        continue;
      }
      if (loaded.size() == 1 && activity != null) {
        // with the first paper that cites it: a build that writes no paper records no activity
        ActivityTriples.emit(activity, iris,
            new QuadEmitter(sink, iris.activityGraph(activity.id())));
      }
      // one paper's quads in memory too, for the summary to read them as it reads the store
      DatasetGraph one = DatasetGraphFactory.create();
      StreamRDF both = StreamRDFLib.dataset(one);
      try {
        mapper.mapPaper(x, act, both);
        mapper.mapEntityFacts(x, both);
      } catch (IllegalArgumentException e) {
        throw new StoreException(e.getMessage(), e);
      }
      one.find().forEachRemaining(sink::quad);
      summary.add(one, iris.paperGraph(x.paper().id()));
      names.add(x);
      added++;
    }
    long entities = batch.stream().flatMap(x -> x.entities().stream()).map(Entity::key)
        .distinct().count();
    return new WriteSummary(added, replaced, (int) entities, mentions, results,
        sink.quads() - before);
  }

  /**
   * Emits entity names and the summary, builds the indexes, writes the papers held back, and moves
   * the store into place. The target must still be new or empty.
   */
  public void finish() {
    ensureStarted();
    names.emit(iris, new QuadEmitter(sink, iris.entityGraph()));
    summary.emitNew(sink);
    loader.finishBulk();
    indexed = true;
    TDBInternal.expel(dataset.asDatasetGraph());
    if (!later.isEmpty()) {
      try (PaperStore store = PaperStore.open(staging, iris)) {
        store.write(new ArrayList<>(later.values()), activity);
      }
    }
    try {
      if (Files.isDirectory(target)) {
        Files.delete(target);  // empty, as checked at the start
      }
      Files.move(staging, target);
      finished = true;
    } catch (IOException e) {
      throw new StoreException("the store was built in " + staging + " but could not be moved to "
          + target + ": " + e.getMessage(), e);
    }
  }

  private void ensureStarted() {
    if (!started) {
      loader.startBulk();
      started = true;
    }
  }

  /** Quads streamed so far (copies of shared entity facts included). */
  public long quadsStreamed() {
    return sink.quads();
  }

  /**
   * Without {@link #finish}: drops the staging directory, so the target stays as it was. Jena's
   * loader has no abort short of building every index of what it was given (minutes on a large
   * build), so its worker threads are left waiting and the directory is deleted under them.
   */
  @Override
  public void close() {
    if (finished) {
      return;
    }
    try {
      if (started && !indexed) {
        loader.finishException(new StoreException("build stopped"));
      }
    } catch (RuntimeException ignored) {
      // the staging store is deleted next in any case
    } finally {
      TDBInternal.expel(dataset.asDatasetGraph());
      deleteTree(staging);
    }
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new StoreException("could not delete the staging directory " + dir + ": "
          + e.getMessage(), e);
    }
  }
}
