package org.papergraph.graph.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.papergraph.graph.IriScheme;
import org.papergraph.graph.PG;
import org.papergraph.graph.map.QuadEmitter;

/**
 * The summary graph {@code <base>graph/summary}: counts derived from the paper graphs, so that
 * queries over the whole store need not join every paper. It holds
 *
 * <ul>
 *   <li>for every entity some paper mentions, {@code pg:paperCount}: the number of papers with
 *       {@code pg:mentions} to it;</li>
 *   <li>for every such benchmark, {@code pg:latestIssued}: the latest {@code dcterms:issued} among
 *       those papers, when any of them is dated;</li>
 *   <li>a {@code pg:CoMention} node (IRI from {@link IriScheme#coMention}) for every pair of
 *       benchmarks mentioned by the same paper ({@code pg:BenchmarkCoMention}), for every
 *       organization and model named by the same paper (the organization mentioned, the model
 *       mentioned or proposed; {@code pg:OrganizationModelCoMention}), and for every model a paper
 *       proposes with every dataset or benchmark the same paper mentions or evaluates on
 *       ({@code pg:ModelDatasetCoMention}), with both entities as {@code pg:cooccurring} and the
 *       number of such papers as {@code pg:paperCount}. The node IRI depends only on the two
 *       entities; it cannot be shared by two kinds because every entity has one type (its key
 *       starts with it) and the kinds pair different types;</li>
 *   <li>{@code pg:topRanked} <i>kind</i> on the {@link #TOP} co-mentions of each kind, and on the
 *       {@link #TOP} entities of each of the eight entity types ({@link #ENTITY_KINDS}, the
 *       {@code rdf:type} in the entity graph), with the highest paper counts (ties broken by IRI),
 *       so that a query for the top pairs or entities sorts a few hundred nodes instead of all of
 *       them;</li>
 *   <li>{@code <base>graph/summary a pg:Summary ; pg:summaryVersion 4}.</li>
 * </ul>
 *
 * <p>The counts are sums over papers, so the summary depends only on which papers are stored, never
 * on the order they came in. A write or removal keeps it up to date in the same transaction: it
 * {@link #subtract}s the contribution of every paper graph it replaces or drops (read before the
 * graph goes), {@link #add}s that of every graph it writes, then {@link #apply}s the difference.
 * {@link #recompute} builds it from scratch.
 */
public final class SummaryGraph {

  /** The summary layout this code writes; a store without it is recomputed on open. */
  public static final int VERSION = 4;

  /**
   * How many co-mentions of each kind, and entities of each type, are marked {@code pg:topRanked}
   * (ties broken by IRI).
   */
  public static final int TOP = 200;

  /** The entity types ranked by {@code pg:topRanked}; an entity counts as the first it has. */
  public static final List<Node> ENTITY_KINDS = List.of(PG.Model.asNode(), PG.Dataset.asNode(),
      PG.Benchmark.asNode(), PG.Metric.asNode(), PG.Task.asNode(), PG.Method.asNode(),
      PG.Organization.asNode(), PG.Language.asNode());

  private static final Node MARK = PG.topRanked.asNode();

  /**
   * Most papers first, ties by IRI: a total order, so that exactly {@link #TOP} nodes of a kind are
   * marked however many share the last count (thousands can, with small counts).
   */
  private static final Comparator<Map.Entry<Node, Long>> RANKING =
      Map.Entry.<Node, Long>comparingByValue().reversed()
          .thenComparing(e -> e.getKey().getURI());

  private final DatasetGraph dsg;
  /** Where paper graphs and entity types are read: {@link #dsg}, or one paper's quads. */
  private DatasetGraph source;
  private long papersAdded;
  private final IriScheme iris;
  private final Node graph;
  private final Map<Node, Long> counts = new HashMap<>();
  private final Map<Node, Node[]> pairs = new HashMap<>();
  private final Map<Node, Node> kinds = new HashMap<>();
  private final Map<Node, Node> latestAdded = new HashMap<>();
  private final Set<Node> latestStale = new LinkedHashSet<>();
  private final Map<Node, Set<Node>> types = new HashMap<>();
  private final int top;

  public SummaryGraph(DatasetGraph dsg, IriScheme iris) {
    this(dsg, iris, TOP);
  }

  /** With {@code top} instead of {@link #TOP} co-mentions marked per kind (for tests). */
  SummaryGraph(DatasetGraph dsg, IriScheme iris, int top) {
    this.dsg = dsg;
    this.source = dsg;
    this.iris = iris;
    this.graph = iris.summaryGraph();
    this.top = top;
  }

  /**
   * A summary for a new store that the bulk loader fills: each paper is {@link #add(DatasetGraph,
   * Node) added} from its own quads as it passes, and the whole summary is {@link #emitNew
   * emitted} once at the end, with the same triples {@link #apply} would have written.
   */
  public static SummaryGraph collecting(IriScheme iris) {
    return new SummaryGraph(null, iris, TOP);
  }

  static SummaryGraph collecting(IriScheme iris, int top) {
    return new SummaryGraph(null, iris, top);
  }

  /** Does the store hold a summary of the current {@link #VERSION}? (Read transaction.) */
  public static boolean isCurrent(DatasetGraph dsg, IriScheme iris) {
    Node g = iris.summaryGraph();
    return dsg.contains(g, g, PG.summaryVersion.asNode(), version());
  }

  /** Does the store hold any paper? (Read transaction.) */
  public static boolean hasPapers(DatasetGraph dsg) {
    Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), PG.Paper.asNode());
    try {
      return it.hasNext();
    } finally {
      Iter.close(it);
    }
  }

  /** Replaces the summary by one computed from every paper graph. (Write transaction.) */
  public static void recompute(DatasetGraph dsg, IriScheme iris) {
    recompute(dsg, iris, TOP);
  }

  static void recompute(DatasetGraph dsg, IriScheme iris, int top) {
    dsg.deleteAny(iris.summaryGraph(), Node.ANY, Node.ANY, Node.ANY);
    Set<Node> graphs = new LinkedHashSet<>();
    dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), PG.Paper.asNode())
        .forEachRemaining(q -> {
          if (iris.isPaperGraph(q.getGraph())) {
            graphs.add(q.getGraph());
          }
        });
    SummaryGraph s = new SummaryGraph(dsg, iris, top);
    graphs.forEach(s::add);
    s.apply();
  }

  /** Takes away the contribution of a paper graph that is about to be replaced or dropped. */
  public void subtract(Node paperGraph) {
    contribute(paperGraph, -1);
  }

  /** Adds the contribution of a paper graph just written. */
  public void add(Node paperGraph) {
    contribute(paperGraph, 1);
  }

  /**
   * Adds the contribution of a paper graph held in {@code paper}, a dataset with that graph and
   * the types of the entities it names (for a {@link #collecting} summary).
   */
  public void add(DatasetGraph paper, Node paperGraph) {
    source = paper;
    try {
      contribute(paperGraph, 1);
    } finally {
      source = dsg;
    }
  }

  /**
   * Emits the summary of every paper {@link #add(DatasetGraph, Node) added} (nothing when there
   * were none): the quads {@link #apply} writes into a store that had no summary.
   */
  public void emitNew(StreamRDF out) {
    if (papersAdded == 0) {
      return;
    }
    QuadEmitter emitter = new QuadEmitter(out, graph);
    Map<Node, Map<Node, Long>> byKind = new HashMap<>();
    counts.forEach((s, n) -> {
      if (n <= 0) {
        return;
      }
      emitter.add(s, PG.paperCount.asNode(), integer(n));
      Node[] members = pairs.get(s);
      if (members != null) {
        emitter.add(s, RDF.type.asNode(), PG.CoMention.asNode());
        emitter.add(s, RDF.type.asNode(), kinds.get(s));
        emitter.add(s, PG.cooccurring.asNode(), members[0]);
        emitter.add(s, PG.cooccurring.asNode(), members[1]);
      }
      Node kind = members != null ? kinds.get(s) : entityKind(s);
      if (kind != null) {
        byKind.computeIfAbsent(kind, k -> new HashMap<>()).put(s, n);
      }
    });
    byKind.forEach((kind, ranked) -> topOf(ranked).forEach(
        s -> emitter.add(s, MARK, kind)));
    latestAdded.forEach((b, issued) -> emitter.add(b, PG.latestIssued.asNode(), issued));
    emitter.add(graph, RDF.type.asNode(), PG.Summary.asNode());
    emitter.add(graph, PG.summaryVersion.asNode(), version());
  }

  private void contribute(Node g, int sign) {
    Node paper = paperOf(g);
    if (paper == null) {
      return;
    }
    papersAdded += sign;
    Set<Node> mentioned = objects(g, paper, PG.mentions.asNode());
    Set<Node> proposed = objects(g, paper, PG.proposes.asNode());
    Set<Node> evaluated = objects(g, paper, PG.evaluatesOn.asNode());
    Node issued = first(g, paper, DCTerms.issued.asNode());
    Node benchmark = PG.Benchmark.asNode();
    Node organization = PG.Organization.asNode();
    Node model = PG.Model.asNode();
    Node dataset = PG.Dataset.asNode();
    List<Node> benchmarks = mentioned.stream().filter(e -> typesOf(e).contains(benchmark))
        .sorted((a, b) -> a.getURI().compareTo(b.getURI())).toList();
    for (Node e : mentioned) {
      counts.merge(e, (long) sign, Long::sum);
    }
    for (int i = 0; i < benchmarks.size(); i++) {
      for (int j = i + 1; j < benchmarks.size(); j++) {
        pair(benchmarks.get(i), benchmarks.get(j), PG.BenchmarkCoMention.asNode(), sign);
      }
    }
    Set<Node> models = new LinkedHashSet<>(mentioned);
    models.addAll(proposed);
    for (Node o : mentioned) {
      if (!typesOf(o).contains(organization)) {
        continue;
      }
      for (Node m : models) {
        if (m.isURI() && typesOf(m).contains(model)) {
          pair(o, m, PG.OrganizationModelCoMention.asNode(), sign);
        }
      }
    }
    Set<Node> data = null;
    for (Node m : proposed) {
      if (!m.isURI() || !typesOf(m).contains(model)) {
        continue;
      }
      if (data == null) {
        data = new LinkedHashSet<>(mentioned);
        data.addAll(evaluated);
      }
      for (Node d : data) {
        Set<Node> t = typesOf(d);
        if (d.isURI() && !d.equals(m) && (t.contains(dataset) || t.contains(benchmark))) {
          pair(m, d, PG.ModelDatasetCoMention.asNode(), sign);
        }
      }
    }
    if (issued != null && issued.isLiteral()) {
      for (Node b : benchmarks) {
        if (sign > 0) {
          latestAdded.merge(b, issued, SummaryGraph::later);
        } else if (issued.equals(first(graph, b, PG.latestIssued.asNode()))) {
          latestStale.add(b);
        }
      }
    }
  }

  private void pair(Node a, Node b, Node kind, int sign) {
    Node p = iris.coMention(a, b);
    pairs.putIfAbsent(p, new Node[] {a, b});
    kinds.putIfAbsent(p, kind);
    counts.merge(p, (long) sign, Long::sum);
  }

  /** Writes the collected differences into the summary graph (none at all once no paper is left). */
  public void apply() {
    if (!hasPapers(dsg)) {
      dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
      return;
    }
    Map<Node, Map<Node, Long>> marked = markedByKind();
    boolean broken = false;
    Map<Node, Map<Node, Long>> changedByKind = new HashMap<>();
    Set<Node> markedFell = new HashSet<>();
    for (Map.Entry<Node, Long> e : counts.entrySet()) {
      if (e.getValue() == 0) {
        continue;
      }
      Node s = e.getKey();
      Node old = first(graph, s, PG.paperCount.asNode());
      long before = old == null ? 0 : ((Number) old.getLiteralValue()).longValue();
      long now = before + e.getValue();
      if (now < 0) {
        broken = true;
        break;
      }
      Node kind = kinds.containsKey(s) ? kinds.get(s) : entityKind(s);
      if (kind != null) {
        changedByKind.computeIfAbsent(kind, k -> new HashMap<>()).put(s, now);
        if (e.getValue() < 0 && marked.getOrDefault(kind, Map.of()).containsKey(s)) {
          markedFell.add(kind);
        }
      }
      if (now == 0) {
        dsg.deleteAny(graph, s, Node.ANY, Node.ANY);
        continue;
      }
      dsg.deleteAny(graph, s, PG.paperCount.asNode(), Node.ANY);
      dsg.add(graph, s, PG.paperCount.asNode(), integer(now));
      Node[] members = pairs.get(s);
      if (before == 0 && members != null) {
        dsg.add(graph, s, RDF.type.asNode(), PG.CoMention.asNode());
        dsg.add(graph, s, RDF.type.asNode(), kinds.get(s));
        dsg.add(graph, s, PG.cooccurring.asNode(), members[0]);
        dsg.add(graph, s, PG.cooccurring.asNode(), members[1]);
      }
    }
    if (broken) {
      // The summary did not match the papers (e.g. edited by hand): start again from the papers.
      recompute(dsg, iris, top);
      return;
    }
    changedByKind.forEach((kind, changed) -> rerank(kind, changed,
        marked.getOrDefault(kind, Map.of()), markedFell.contains(kind)));
    Set<Node> latest = new LinkedHashSet<>(latestStale);
    latest.addAll(latestAdded.keySet());
    for (Node b : latest) {
      if (first(graph, b, PG.paperCount.asNode()) == null) {
        continue;
      }
      Node value = latestStale.contains(b) ? latestOf(b)
          : later(latestAdded.get(b), first(graph, b, PG.latestIssued.asNode()));
      dsg.deleteAny(graph, b, PG.latestIssued.asNode(), Node.ANY);
      if (value != null) {
        dsg.add(graph, b, PG.latestIssued.asNode(), value);
      }
    }
    if (!dsg.contains(graph, graph, PG.summaryVersion.asNode(), version())) {
      dsg.deleteAny(graph, graph, Node.ANY, Node.ANY);
      dsg.add(graph, graph, RDF.type.asNode(), PG.Summary.asNode());
      dsg.add(graph, graph, PG.summaryVersion.asNode(), version());
    }
    counts.clear();
    pairs.clear();
    kinds.clear();
    latestAdded.clear();
    latestStale.clear();
  }

  /**
   * The nodes marked {@code pg:topRanked} before this apply, with their paper counts then, grouped
   * by kind: the mark's object is the kind (co-mention kind or entity type) it ranks in.
   */
  private Map<Node, Map<Node, Long>> markedByKind() {
    List<Quad> marks = new ArrayList<>();
    dsg.find(graph, Node.ANY, MARK, Node.ANY).forEachRemaining(marks::add);
    Map<Node, Map<Node, Long>> out = new HashMap<>();
    for (Quad q : marks) {
      out.computeIfAbsent(q.getObject(), k -> new HashMap<>()).put(q.getSubject(),
          countOf(q.getSubject()));
    }
    return out;
  }

  /** The first of {@link #ENTITY_KINDS} that {@code e} has as {@code rdf:type}, or null. */
  private Node entityKind(Node e) {
    Set<Node> t = typesOf(e);
    for (Node kind : ENTITY_KINDS) {
      if (t.contains(kind)) {
        return kind;
      }
    }
    return null;
  }

  /**
   * Marks the {@link #TOP} nodes of {@code kind} first in {@link #RANKING}. When no marked node's
   * count fell, the new top can only come from the marked ones and those that changed (the marked
   * ones rank at least where they did, so one that neither was marked nor changed stays below
   * them); when a marked count fell, every node of the kind is looked at: the
   * co-mentions typed {@code kind} in the summary graph, or the entities typed {@code kind} in the
   * entity graph.
   *
   * @param changed the nodes of the kind whose count changed, with their new counts
   * @param marked the nodes of the kind marked before, with their counts before
   */
  private void rerank(Node kind, Map<Node, Long> changed, Map<Node, Long> marked,
      boolean markedFell) {
    Map<Node, Long> candidates = new HashMap<>();
    if (markedFell) {
      boolean entities = ENTITY_KINDS.contains(kind);
      List<Node> all = new ArrayList<>();
      dsg.find(entities ? iris.entityGraph() : graph, Node.ANY, RDF.type.asNode(), kind)
          .forEachRemaining(q -> all.add(q.getSubject()));
      for (Node s : all) {
        if (!entities || kind.equals(entityKind(s))) {
          candidates.put(s, countOf(s));  // the new counts are already written
        }
      }
    } else {
      marked.forEach((m, n) -> candidates.put(m, changed.getOrDefault(m, n)));
      long floor = marked.size() >= top
          ? candidates.values().stream().mapToLong(Long::longValue).min().orElse(0) : 0;
      changed.forEach((p, n) -> {
        if (n >= floor && n > 0) {
          candidates.put(p, n);
        }
      });
    }
    candidates.values().removeIf(n -> n <= 0);
    Set<Node> winners = topOf(candidates);
    for (Node m : marked.keySet()) {
      if (!winners.contains(m)) {
        dsg.delete(graph, m, MARK, kind);
      }
    }
    for (Node w : winners) {
      if (!marked.containsKey(w)) {
        dsg.add(graph, w, MARK, kind);
      }
    }
  }

  /** The {@link #top} nodes first in {@link #RANKING}. */
  private Set<Node> topOf(Map<Node, Long> counted) {
    List<Map.Entry<Node, Long>> ranked = new ArrayList<>(counted.entrySet());
    ranked.sort(RANKING);
    Set<Node> winners = new HashSet<>();
    ranked.stream().limit(top).forEach(e -> winners.add(e.getKey()));
    return winners;
  }

  private long countOf(Node s) {
    Node n = first(graph, s, PG.paperCount.asNode());
    return n == null ? 0 : ((Number) n.getLiteralValue()).longValue();
  }

  /** The latest issue date among the papers now mentioning {@code entity}, or null. */
  private Node latestOf(Node entity) {
    Node latest = null;
    Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, PG.mentions.asNode(), entity);
    while (it.hasNext()) {
      Quad q = it.next();
      latest = later(latest, first(q.getGraph(), q.getSubject(), DCTerms.issued.asNode()));
    }
    return latest;
  }

  /** The later of two issue dates (ISO lexical forms compare in date order); nulls lose. */
  private static Node later(Node a, Node b) {
    if (a == null || !a.isLiteral()) {
      return b != null && b.isLiteral() ? b : null;
    }
    if (b == null || !b.isLiteral()) {
      return a;
    }
    return a.getLiteralLexicalForm().compareTo(b.getLiteralLexicalForm()) >= 0 ? a : b;
  }

  private Node paperOf(Node g) {
    Iterator<Quad> it = source.find(g, Node.ANY, RDF.type.asNode(), PG.Paper.asNode());
    try {
      return it.hasNext() ? it.next().getSubject() : null;
    } finally {
      Iter.close(it);
    }
  }

  private Set<Node> typesOf(Node e) {
    return types.computeIfAbsent(e, k -> {
      Set<Node> out = new HashSet<>();
      source.find(Node.ANY, k, RDF.type.asNode(), Node.ANY)
          .forEachRemaining(q -> out.add(q.getObject()));
      return out;
    });
  }

  private Set<Node> objects(Node g, Node s, Node p) {
    Set<Node> out = new LinkedHashSet<>();
    source.find(g, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
    return out;
  }

  private Node first(Node g, Node s, Node p) {
    Iterator<Quad> it = source.find(g, s, p, Node.ANY);
    try {
      return it.hasNext() ? it.next().getObject() : null;
    } finally {
      Iter.close(it);
    }
  }

  private static Node integer(long n) {
    return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
  }

  private static Node version() {
    return integer(VERSION);
  }
}
