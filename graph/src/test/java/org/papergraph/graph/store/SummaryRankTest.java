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
 * The {@code pg:topRanked} marks under random writes, replacements and removals (with a top of 5
 * instead of 200 so that the cutoff matters): after every batch they are exactly the benchmark
 * co-mentions whose count reaches the 5th highest, and the summary equals one from scratch.
 */
class SummaryRankTest {

  static final int TOP = 5;
  final IriScheme iris = IriScheme.defaults();
  final DatasetGraph dsg = DatasetGraphFactory.createTxnMem();

  Node bench(int i) {
    return iris.entity("benchmark/b" + i);
  }

  void writePaper(String id, Set<Integer> benchmarks) {
    Node g = iris.paperGraph(id);
    Node p = iris.paper(id);
    dsg.add(g, p, RDF.type.asNode(), PG.Paper.asNode());
    for (int b : benchmarks) {
      dsg.add(g, p, PG.mentions.asNode(), bench(b));
      dsg.add(iris.entityGraph(), bench(b), RDF.type.asNode(), PG.Benchmark.asNode());
    }
  }

  Set<Quad> summary() {
    Set<Quad> out = new HashSet<>();
    dsg.find(iris.summaryGraph(), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::add);
    return out;
  }

  @Test
  void marksAreTheTopCountsWhateverHappensInBetween() {
    SplittableRandom rnd = new SplittableRandom(7);
    Map<String, Set<Integer>> papers = new HashMap<>();
    int next = 0;
    int marksSeen = 0;
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
          Set<Integer> b = randomBenchmarks(rnd);
          writePaper(id, b);
          papers.put(id, b);
          s.add(iris.paperGraph(id));
          touched.add(id);
        } else {
          String id = ids.get(rnd.nextInt(ids.size()));
          touched.add(id);
          s.subtract(iris.paperGraph(id));
          dsg.deleteAny(iris.paperGraph(id), Node.ANY, Node.ANY, Node.ANY);
          if (kind < 9) {
            Set<Integer> b = randomBenchmarks(rnd);
            writePaper(id, b);
            papers.put(id, b);
            s.add(iris.paperGraph(id));
          } else {
            papers.remove(id);
          }
        }
      }
      s.apply();
      Set<Quad> incremental = summary();
      marksSeen += checkMarks(papers);
      SummaryGraph.recompute(dsg, iris, TOP);
      assertEquals(summary(), incremental, "step " + step);
    }
    assertTrue(marksSeen > 0);
  }

  /** Checks the marks against counts worked out here from the papers; returns how many. */
  private int checkMarks(Map<String, Set<Integer>> papers) {
    Map<Node, Long> counts = new HashMap<>();
    for (Set<Integer> b : papers.values()) {
      List<Integer> sorted = new ArrayList<>(b);
      for (int i = 0; i < sorted.size(); i++) {
        for (int j = i + 1; j < sorted.size(); j++) {
          counts.merge(iris.coMention(bench(sorted.get(i)), bench(sorted.get(j))), 1L, Long::sum);
        }
      }
    }
    long[] values = counts.values().stream().mapToLong(Long::longValue).sorted().toArray();
    long cutoff = values.length > TOP ? values[values.length - TOP] : 0;
    Set<Node> expected = new HashSet<>();
    counts.forEach((p, n) -> {
      if (n >= cutoff) {
        expected.add(p);
      }
    });
    Set<Node> marked = new HashSet<>();
    dsg.find(iris.summaryGraph(), Node.ANY, PG.topRanked.asNode(), Node.ANY)
        .forEachRemaining(q -> marked.add(q.getSubject()));
    assertEquals(expected, marked);
    for (Map.Entry<Node, Long> c : counts.entrySet()) {
      Node n = dsg.find(iris.summaryGraph(), c.getKey(), PG.paperCount.asNode(), Node.ANY)
          .next().getObject();
      assertEquals(c.getValue().longValue(), ((Number) n.getLiteralValue()).longValue());
    }
    return marked.size();
  }

  private static Set<Integer> randomBenchmarks(SplittableRandom rnd) {
    Set<Integer> b = new HashSet<>();
    for (int i = 0, n = 2 + rnd.nextInt(4); i < n; i++) {
      b.add(rnd.nextInt(12));
    }
    return b;
  }
}
