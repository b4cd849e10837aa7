package org.papergraph.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.papergraph.graph.IriScheme;
import org.papergraph.graph.PG;

/**
 * Model-dataset co-mentions and the {@code pg:topRanked} marks on entities, worked out by hand on
 * seven small papers with a top of 2, then after removals that push a top model out of the top.
 */
class SummaryEntityRankTest {

  static final int TOP = 2;
  final IriScheme iris = IriScheme.defaults();
  final DatasetGraph dsg = DatasetGraphFactory.createTxnMem();

  Node e(String key) {
    return iris.entity(key);
  }

  void type(String key, org.apache.jena.rdf.model.Resource type) {
    dsg.add(iris.entityGraph(), e(key), RDF.type.asNode(), type.asNode());
  }

  /** Writes paper {@code id}; each list holds entity keys. */
  void paper(String id, List<String> mentions, List<String> evaluatesOn, List<String> proposes) {
    Node g = iris.paperGraph(id);
    Node p = iris.paper(id);
    dsg.add(g, p, RDF.type.asNode(), PG.Paper.asNode());
    mentions.forEach(k -> dsg.add(g, p, PG.mentions.asNode(), e(k)));
    evaluatesOn.forEach(k -> dsg.add(g, p, PG.evaluatesOn.asNode(), e(k)));
    proposes.forEach(k -> dsg.add(g, p, PG.proposes.asNode(), e(k)));
  }

  void writeAll() {
    for (String m : List.of("model/m1", "model/m2", "model/m3", "model/m4")) {
      type(m, PG.Model);
    }
    type("dataset/d1", PG.Dataset);
    type("benchmark/b1", PG.Benchmark);
    type("benchmark/b2", PG.Benchmark);
    type("organization/o1", PG.Organization);
    type("method/x", PG.Method);
    paper("p1", List.of("model/m1", "dataset/d1", "benchmark/b1"), List.of("benchmark/b1"),
        List.of("model/m1"));
    paper("p2", List.of("model/m1", "dataset/d1"), List.of(), List.of("model/m1"));
    // m1 is only mentioned here: no model-dataset pair for it
    paper("p3", List.of("model/m2", "model/m1", "benchmark/b1"), List.of("benchmark/b1"),
        List.of("model/m2"));
    paper("p4", List.of("model/m1", "dataset/d1"), List.of(), List.of());
    paper("p5", List.of("model/m3", "model/m4"), List.of(), List.of());
    // b2 is evaluated on without a mention: a pair with m4, but no paper count of its own;
    // a proposed method pairs with nothing
    paper("p6", List.of("model/m3", "model/m4", "organization/o1", "method/x"),
        List.of("benchmark/b2"), List.of("model/m4", "method/x"));
    paper("p7", List.of("model/m1", "benchmark/b1"), List.of("benchmark/b1"),
        List.of("model/m1"));
  }

  SummaryGraph summaryOf(String... graphs) {
    SummaryGraph s = new SummaryGraph(dsg, iris, TOP);
    for (String id : graphs) {
      s.add(iris.paperGraph(id));
    }
    return s;
  }

  /** Paper count by entity key, or by "kind:key+key" for a co-mention. */
  Map<String, Long> counts() {
    Map<String, Long> out = new TreeMap<>();
    dsg.find(iris.summaryGraph(), Node.ANY, PG.paperCount.asNode(), Node.ANY)
        .forEachRemaining(q -> out.put(name(q.getSubject()),
            ((Number) q.getObject().getLiteralValue()).longValue()));
    return out;
  }

  Set<String> marked() {
    Set<String> out = new TreeSet<>();
    dsg.find(iris.summaryGraph(), Node.ANY, PG.topRanked.asNode(), Node.ANY)
        .forEachRemaining(q -> out.add(name(q.getSubject())));
    return out;
  }

  private String name(Node n) {
    String prefix = iris.entity("x").getURI();
    prefix = prefix.substring(0, prefix.length() - 1);
    if (n.getURI().startsWith(prefix)) {
      return n.getURI().substring(prefix.length());
    }
    Set<String> members = new TreeSet<>();
    dsg.find(iris.summaryGraph(), n, PG.cooccurring.asNode(), Node.ANY)
        .forEachRemaining(q -> members.add(name(q.getObject())));
    Set<String> kinds = new HashSet<>();
    dsg.find(iris.summaryGraph(), n, RDF.type.asNode(), Node.ANY)
        .forEachRemaining(q -> kinds.add(q.getObject().getLocalName()));
    assertTrue(kinds.remove("CoMention"), n + " is a pg:CoMention");
    assertEquals(1, kinds.size(), n + " has one kind");
    return kinds.iterator().next() + ":" + String.join("+", members);
  }

  Set<Quad> summary() {
    Set<Quad> out = new HashSet<>();
    dsg.find(iris.summaryGraph(), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::add);
    return out;
  }

  void assertSameAsFromScratch() {
    Set<Quad> incremental = summary();
    SummaryGraph.recompute(dsg, iris, TOP);
    assertEquals(summary(), incremental);
  }

  @Test
  void modelDatasetPairsAndEntityMarksWorkedOutByHand() {
    writeAll();
    summaryOf("p1", "p2", "p3", "p4", "p5", "p6", "p7").apply();
    Map<String, Long> c = counts();
    assertEquals(2L, c.get("ModelDatasetCoMention:dataset/d1+model/m1"), "p1, p2");
    assertEquals(2L, c.get("ModelDatasetCoMention:benchmark/b1+model/m1"), "p1, p7");
    assertEquals(1L, c.get("ModelDatasetCoMention:benchmark/b1+model/m2"), "p3");
    assertEquals(1L, c.get("ModelDatasetCoMention:benchmark/b2+model/m4"), "p6, evaluatesOn");
    assertEquals(4, c.keySet().stream().filter(k -> k.startsWith("ModelDataset")).count(),
        "m1 in p3 and m3 are never proposed with data, x is not a model: " + c);
    assertEquals(5L, c.get("model/m1"));
    assertEquals(1L, c.get("model/m2"));
    assertEquals(2L, c.get("model/m3"));
    assertEquals(2L, c.get("model/m4"));
    assertEquals(3L, c.get("dataset/d1"));
    assertEquals(3L, c.get("benchmark/b1"));
    assertEquals(null, c.get("benchmark/b2"), "only evaluated on, never mentioned");
    // top 2 per kind: models m1 5, then m3 and m4 tie at 2 and m3 wins by IRI, m2 1 out; the two
    // pairs with 2
    assertEquals(new TreeSet<>(List.of("model/m1", "model/m3", "dataset/d1",
        "benchmark/b1", "organization/o1", "method/x",
        "ModelDatasetCoMention:dataset/d1+model/m1",
        "ModelDatasetCoMention:benchmark/b1+model/m1",
        "OrganizationModelCoMention:model/m3+organization/o1",
        "OrganizationModelCoMention:model/m4+organization/o1")), marked());
    assertSameAsFromScratch();
  }

  @Test
  void aRemovalThatLowersATopModelRanksTheOthersAgain() {
    writeAll();
    summaryOf("p1", "p2", "p3", "p4", "p5", "p6", "p7").apply();
    paper("p8", List.of("model/m2"), List.of(), List.of());
    paper("p9", List.of("model/m2"), List.of(), List.of());
    summaryOf("p8", "p9").apply();
    // models m1 5, m2 3, m3 2, m4 2: the cutoff rises to 3
    assertEquals(Set.of("model/m1", "model/m2"), models(marked()));
    assertSameAsFromScratch();
    SummaryGraph s = new SummaryGraph(dsg, iris, TOP);
    for (String id : List.of("p1", "p2", "p4", "p7")) {
      s.subtract(iris.paperGraph(id));
      dsg.deleteAny(iris.paperGraph(id), Node.ANY, Node.ANY, Node.ANY);
    }
    s.apply();
    // m1 falls to 1 (p3): m3, unchanged, is back in the top (tied with m4, first by IRI)
    assertEquals(1L, counts().get("model/m1"));
    assertEquals(Set.of("model/m2", "model/m3"), models(marked()));
    assertTrue(marked().contains("ModelDatasetCoMention:benchmark/b1+model/m2"));
    assertEquals(null, counts().get("dataset/d1"), "no paper mentions d1 any more");
    assertSameAsFromScratch();
  }

  @Test
  void aVersion2SummaryIsNotCurrent() {
    writeAll();
    summaryOf("p1").apply();
    assertTrue(SummaryGraph.isCurrent(dsg, iris));
    Node g = iris.summaryGraph();
    dsg.deleteAny(g, g, PG.summaryVersion.asNode(), Node.ANY);
    dsg.add(g, g, PG.summaryVersion.asNode(), org.apache.jena.graph.NodeFactory.createLiteralDT(
        "2", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
    assertEquals(false, SummaryGraph.isCurrent(dsg, iris));
  }

  private static Set<String> models(Set<String> marked) {
    Set<String> out = new TreeSet<>();
    marked.stream().filter(k -> k.startsWith("model/")).forEach(out::add);
    return out;
  }
}
