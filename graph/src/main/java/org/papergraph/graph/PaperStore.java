package org.papergraph.graph;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.papergraph.extract.Entity;
import org.papergraph.extract.Extraction;
import org.papergraph.graph.store.ActivityGraphs;
import org.papergraph.graph.store.CountingStream;
import org.papergraph.graph.store.EntityRefresh;
import org.papergraph.graph.store.NameDelta;
import org.papergraph.graph.store.StatsQueries;
import org.papergraph.graph.store.StoreDirectory;
import org.papergraph.graph.store.SummaryGraph;

/**
 * The knowledge graph in a TDB2 directory: one named graph per paper, a shared entity graph, one
 * graph per build activity, a summary graph of derived counts ({@link SummaryGraph}), and the union
 * of all graphs as the default graph of every query.
 *
 * <p>Each {@link #write} and {@link #remove} is one transaction: it either happens whole or leaves
 * the store as it was. Writing a paper replaces its named graph, so building the same input twice
 * changes nothing. Use {@link #dataset()} inside a read transaction for queries.
 */
public final class PaperStore implements AutoCloseable {

  private final Path dir;
  private final Dataset dataset;
  private final IriScheme iris;
  private final ExtractionMapper mapper;

  private PaperStore(Path dir, Dataset dataset, IriScheme iris) {
    this.dir = dir;
    this.dataset = dataset;
    this.iris = iris;
    this.mapper = new ExtractionMapper(iris);
  }

  /**
   * Opens the store in {@code dir}, creating it if absent, with the IRI base it was built with
   * (the default base for a new store).
   */
  public static PaperStore open(Path dir) {
    return open(dir, StoreDirectory.recordedBase(dir).map(IriScheme::new)
        .orElse(IriScheme.defaults()));
  }

  /**
   * Opens the store in {@code dir}, creating it if absent.
   *
   * @throws StoreException if {@code dir} is a file, a non-empty directory that is not a TDB2
   *     store, a store locked by another process, or a store built with another IRI base
   */
  public static PaperStore open(Path dir, IriScheme iris) {
    StoreDirectory.recordedBase(dir).filter(b -> !b.equals(iris.base())).ifPresent(b -> {
      throw new StoreException("the store " + dir + " was built with the IRI base <" + b
          + ">, not <" + iris.base() + ">; one store keeps one base (use --base " + b
          + " or another store)");
    });
    Dataset ds = StoreDirectory.connect(dir);
    StoreDirectory.recordBase(dir, iris.base());
    ds.getContext().set(TDB2.symUnionDefaultGraph, true);
    DatasetGraph dsg = ds.asDatasetGraph();
    boolean stale = Txn.calculateRead(ds,
        () -> !SummaryGraph.isCurrent(dsg, iris) && SummaryGraph.hasPapers(dsg));
    if (stale) {
      // a store written before the summary graph existed (or by other tools): derive it once
      Txn.executeWrite(ds, () -> SummaryGraph.recompute(dsg, iris));
    }
    return new PaperStore(dir, ds, iris);
  }

  public Path directory() {
    return dir;
  }

  public IriScheme iris() {
    return iris;
  }

  /** The TDB2 dataset; its default graph is the union of all graphs. Query in a transaction. */
  public Dataset dataset() {
    return dataset;
  }

  /**
   * Writes a batch in one transaction: each paper's named graph is replaced, the entity graph is
   * updated, and {@code activity} (if not null) is recorded and cited by every graph written.
   *
   * @throws StoreException naming the paper when the batch is refused; nothing is written then
   */
  public WriteSummary write(List<Extraction> batch, BuildActivity activity) {
    requireDistinctPapers(batch);
    try {
      return Txn.calculateWrite(dataset, () -> writeInTxn(batch, activity));
    } catch (IllegalArgumentException e) {
      throw new StoreException(e.getMessage() + "; nothing was written", e);
    }
  }

  /** Refuses a batch that holds one paper twice: which version should win would be arbitrary. */
  static void requireDistinctPapers(List<Extraction> batch) {
    Set<String> ids = new HashSet<>();
    for (Extraction x : batch) {
      if (!ids.add(x.paper().id())) {
        throw new StoreException("paper " + x.paper().id() + " appears twice in one batch");
      }
    }
  }

  private WriteSummary writeInTxn(List<Extraction> batch, BuildActivity activity) {
    DatasetGraph dsg = dataset.asDatasetGraph();
    CountingStream sink = new CountingStream(StreamRDFLib.dataset(dsg));
    Node act = activity == null ? null : iris.activity(activity.id());
    NameDelta names = new NameDelta();
    SummaryGraph summary = new SummaryGraph(dsg, iris);
    int added = 0;
    int mentions = 0;
    int results = 0;
    for (Extraction x : batch) {
      Node g = iris.paperGraph(x.paper().id());
      if (dsg.containsGraph(g)) {
        names.removing(dsg, g);
        summary.subtract(g);
        dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
      } else {
        added++;
      }
      mapper.mapPaper(x, act, sink);
      mapper.mapEntityFacts(x, sink);
      names.adding(x, iris);
      mentions += x.mentions().size();
      results += x.results().size();
    }
    if (activity != null) {
      ActivityGraphs.write(dsg, iris, activity);
    }
    EntityRefresh.apply(dsg, iris, names);
    for (Extraction x : batch) {
      summary.add(iris.paperGraph(x.paper().id()));
    }
    summary.apply();
    ActivityGraphs.collect(dsg, iris);
    long entities = batch.stream().flatMap(x -> x.entities().stream()).map(Entity::key)
        .distinct().count();
    return new WriteSummary(added, batch.size() - added, (int) entities, mentions, results,
        sink.quads());
  }

  /**
   * Removes papers and every entity no remaining paper names, in one transaction.
   *
   * @throws StoreException naming the first unknown id; nothing is removed then
   */
  public RemoveSummary remove(Collection<String> paperIds) {
    return Txn.calculateWrite(dataset, () -> {
      DatasetGraph dsg = dataset.asDatasetGraph();
      for (String id : paperIds) {
        if (!dsg.containsGraph(iris.paperGraph(id))) {
          throw new StoreException("no paper with id '" + id + "' in the store " + dir
              + "; nothing was removed");
        }
      }
      Set<Node> affected = new LinkedHashSet<>();
      Set<String> distinct = new LinkedHashSet<>(paperIds);
      SummaryGraph summary = new SummaryGraph(dsg, iris);
      for (String id : distinct) {
        Node g = iris.paperGraph(id);
        affected.addAll(EntityRefresh.entitiesNamedIn(dsg, g));
        summary.subtract(g);
        dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
      }
      int dropped = EntityRefresh.refresh(dsg, iris, affected);
      summary.apply();
      ActivityGraphs.collect(dsg, iris);
      return new RemoveSummary(distinct.size(), dropped);
    });
  }

  public boolean containsPaper(String paperId) {
    return Txn.calculateRead(dataset,
        () -> dataset.asDatasetGraph().containsGraph(iris.paperGraph(paperId)));
  }

  /** Distinct triples in the union graph. */
  public long tripleCount() {
    return Txn.calculateRead(dataset, () -> StatsQueries.tripleCount(dataset));
  }

  /** Statistics with the top 5 entities per type. */
  public StoreStats stats() {
    return stats(5);
  }

  public StoreStats stats(int topPerType) {
    return Txn.calculateRead(dataset, () -> StatsQueries.stats(dataset, dir, topPerType));
  }

  /** Rebuilds the summary graph from the paper graphs (it is otherwise kept up to date). */
  public void recomputeSummary() {
    Txn.executeWrite(dataset, () -> SummaryGraph.recompute(dataset.asDatasetGraph(), iris));
  }

  /** Releases the directory (and its lock) for other processes. */
  @Override
  public void close() {
    TDBInternal.expel(dataset.asDatasetGraph());
  }
}
