package org.papergraph.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.papergraph.graph.IriScheme;
import org.papergraph.graph.PG;

/**
 * The summary under random writes, replacements and removals of papers that mention, evaluate on
 * and propose models, datasets, benchmarks and organizations (with a top of 4 instead of 200 so
 * that the cutoff matters): after every batch the paper counts and the {@code pg:topRanked} marks
 * of every co-mention kind and entity type are those worked out here from the papers, and the whole
 * summary graph equals one computed from scratch.
 */
class SummaryRankTest {

  static final int TOP = 4;
  final IriScheme iris = IriScheme.defaults();
  final DatasetGraph dsg = DatasetGraphFactory.createTxnMem();

  /** What a paper graph says about its paper: entity keys such as "model/m3". */
  record Doc(Set<String> mentions, Set<String> evaluatesOn, Set<String> proposes) {}

  /** Entity types by key prefix, as the entity graph types them. */
  static final Map<String, Node> TYPES = Map.of("model", PG.Model.asNode(),
      "dataset", PG.Dataset.asNode(), "benchmark", PG.Benchmark.asNode(),
      "organization", PG.Organization.asNode());

  static String typeOf(String key) {
    return key.substring(0, key.indexOf('/'));
  }

  void writePaper(String id, Doc doc) {
    Node g = iris.paperGraph(id);
    Node p = iris.paper(id);
    dsg.add(g, p, RDF.type.asNode(), PG.Paper.asNode());
    link(g, p, PG.mentions.asNode(), doc.mentions());
    link(g, p, PG.evaluatesOn.asNode(), doc.evaluatesOn());
    link(g, p, PG.proposes.asNode(), doc.proposes());
  }

  private void link(Node g, Node p, Node property, Set<String> keys) {
    for (String key : keys) {
      dsg.add(g, p, property, iris.entity(key));
      dsg.add(iris.entityGraph(), iris.entity(key), RDF.type.asNode(), TYPES.get(typeOf(key)));
    }
  }

  Set<Quad> summary() {
    Set<Quad> out = new HashSet<>();
    dsg.find(iris.summaryGraph(), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::add);
    return out;
  }

  @Test
  void countsAndMarksFollowThePapersWhateverHappensInBetween() {
    SplittableRandom rnd = new SplittableRandom(7);
    Map<String, Doc> papers = new HashMap<>();
    int next = 0;
    Map<Node, Integer> marksSeen = new HashMap<>();
    for (int step = 0; step < 60; step++) {
      SummaryGraph s = new SummaryGraph(dsg, iris, TOP);
      Set<String> touched = new HashSet<>();
      for (int op = 0, ops = 1 + rnd.nextInt(3); op < ops; op++) {
        int kind = rnd.nextInt(10);
        List<String> ids = new ArrayList<>(papers.keySet());
        ids.removeAll(touched);
        ids.sort(null);
        if (kind < 7 || ids.isEmpty()) {
          String id = "p" + next++;
          Doc d = randomDoc(rnd);
          writePaper(id, d);
          papers.put(id, d);
          s.add(iris.paperGraph(id));
          touched.add(id);
        } else {
          String id = ids.get(rnd.nextInt(ids.size()));
          touched.add(id);
          s.subtract(iris.paperGraph(id));
          dsg.deleteAny(iris.paperGraph(id), Node.ANY, Node.ANY, Node.ANY);
          if (kind < 9) {
            Doc d = randomDoc(rnd);
            writePaper(id, d);
            papers.put(id, d);
            s.add(iris.paperGraph(id));
          } else {
            papers.remove(id);
          }
        }
      }
      s.apply();
      Set<Quad> incremental = summary();
      checkCountsAndMarks(papers, marksSeen);
      SummaryGraph.recompute(dsg, iris, TOP);
      assertEquals(summary(), incremental, "step " + step);
      assertEquals(incremental, collected(papers.keySet()), "step " + step + ", bulk load");
    }
    for (Node kind : List.of(PG.BenchmarkCoMention.asNode(), PG.OrganizationModelCoMention.asNode(),
        PG.ModelDatasetCoMention.asNode(), PG.Model.asNode(), PG.Dataset.asNode(),
        PG.Benchmark.asNode(), PG.Organization.asNode())) {
      assertTrue(marksSeen.getOrDefault(kind, 0) > 0, "no mark of " + kind + " seen");
    }
  }

  /**
   * The summary a bulk load emits: collected paper by paper, each read from a dataset holding only
   * its graph and the types of the entities it names.
   */
  private Set<Quad> collected(Set<String> ids) {
    SummaryGraph s = SummaryGraph.collecting(iris, TOP);
    for (String id : new java.util.TreeSet<>(ids)) {
      DatasetGraph one = DatasetGraphFactory.create();
      Node g = iris.paperGraph(id);
      dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(one::add);
      dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> dsg.find(
          iris.entityGraph(), q.getObject(), RDF.type.asNode(), Node.ANY)
          .forEachRemaining(one::add));
      s.add(one, g);
    }
    Set<Quad> out = new HashSet<>();
    s.emitNew(new org.apache.jena.riot.system.StreamRDFBase() {
      @Override
      public void quad(Quad q) {
        out.add(q);
      }
    });
    return out;
  }

  /** Counts and marks worked out here from the papers, compared with the summary graph. */
  private void checkCountsAndMarks(Map<String, Doc> papers, Map<Node, Integer> marksSeen) {
    Map<Node, Long> counts = new HashMap<>();
    Map<Node, Node> kindOf = new HashMap<>();
    for (Doc d : papers.values()) {
      for (String e : d.mentions()) {
        counts.merge(iris.entity(e), 1L, Long::sum);
        kindOf.put(iris.entity(e), TYPES.get(typeOf(e)));
      }
      List<String> benchmarks = d.mentions().stream()
          .filter(e -> typeOf(e).equals("benchmark")).sorted().toList();
      for (int i = 0; i < benchmarks.size(); i++) {
        for (int j = i + 1; j < benchmarks.size(); j++) {
          count(counts, kindOf, PG.BenchmarkCoMention.asNode(), benchmarks.get(i),
              benchmarks.get(j));
        }
      }
      Set<String> named = new HashSet<>(d.mentions());
      named.addAll(d.proposes());
      Set<String> data = new HashSet<>(d.mentions());
      data.addAll(d.evaluatesOn());
      for (String o : d.mentions()) {
        for (String m : named) {
          if (typeOf(o).equals("organization") && typeOf(m).equals("model")) {
            count(counts, kindOf, PG.OrganizationModelCoMention.asNode(), o, m);
          }
        }
      }
      for (String m : d.proposes()) {
        for (String x : data) {
          if (typeOf(m).equals("model")
              && (typeOf(x).equals("dataset") || typeOf(x).equals("benchmark"))) {
            count(counts, kindOf, PG.ModelDatasetCoMention.asNode(), m, x);
          }
        }
      }
    }
    // the TOP of each kind by most papers, ties by IRI
    Map<Node, Node> expected = new HashMap<>();
    Map<Node, List<Node>> members = new HashMap<>();
    counts.forEach((n, c) -> members.computeIfAbsent(kindOf.get(n), k -> new ArrayList<>()).add(n));
    members.forEach((kind, nodes) -> {
      nodes.sort(java.util.Comparator.<Node, Long>comparing(counts::get).reversed()
          .thenComparing(Node::getURI));
      nodes.stream().limit(TOP).forEach(n -> expected.put(n, kind));
    });
    // each mark names the kind its node ranks in
    Map<Node, Node> marked = new HashMap<>();
    dsg.find(iris.summaryGraph(), Node.ANY, PG.topRanked.asNode(), Node.ANY)
        .forEachRemaining(q -> marked.put(q.getSubject(), q.getObject()));
    assertEquals(expected, marked);
    marked.values().forEach(kind -> marksSeen.merge(kind, 1, Integer::sum));
    Map<Node, Long> stored = new HashMap<>();
    dsg.find(iris.summaryGraph(), Node.ANY, PG.paperCount.asNode(), Node.ANY).forEachRemaining(
        q -> stored.put(q.getSubject(), ((Number) q.getObject().getLiteralValue()).longValue()));
    assertEquals(counts, stored);
    kindOf.forEach((n, kind) -> {
      if (!TYPES.containsValue(kind)) {
        assertTrue(dsg.contains(iris.summaryGraph(), n, RDF.type.asNode(), kind), n + " " + kind);
      }
    });
  }

  private void count(Map<Node, Long> counts, Map<Node, Node> kindOf, Node kind, String a,
      String b) {
    Node p = iris.coMention(iris.entity(a), iris.entity(b));
    counts.merge(p, 1L, Long::sum);
    kindOf.put(p, kind);
  }

  /** A few entities of each type; proposals and evaluations need not be mentioned too. */
  private static Doc randomDoc(SplittableRandom rnd) {
    Set<String> mentions = new HashSet<>();
    Set<String> evaluates = new HashSet<>();
    Set<String> proposes = new HashSet<>();
    for (int i = 0, n = 1 + rnd.nextInt(4); i < n; i++) {
      mentions.add("benchmark/b" + rnd.nextInt(12));
    }
    for (int i = 0, n = rnd.nextInt(3); i < n; i++) {
      mentions.add("model/m" + rnd.nextInt(8));
    }
    for (int i = 0, n = rnd.nextInt(3); i < n; i++) {
      mentions.add("dataset/d" + rnd.nextInt(6));
    }
    if (rnd.nextInt(3) == 0) {
      mentions.add("organization/o" + rnd.nextInt(4));
    }
    for (String e : mentions) {
      if (typeOf(e).equals("benchmark") && rnd.nextBoolean()) {
        evaluates.add(e);
      }
      if (typeOf(e).equals("model") && rnd.nextBoolean()) {
        proposes.add(e);
      }
    }
    if (rnd.nextInt(4) == 0) {
      evaluates.add("benchmark/b" + rnd.nextInt(12));
    }
    if (rnd.nextInt(4) == 0) {
      proposes.add("model/m" + rnd.nextInt(8));
    }
    return new Doc(mentions, evaluates, proposes);
  }
}
