package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.graph.PaperStore;
import org.papergraph.query.NamedQueries;

/**
 * {@code --page} on the leaderboard and entity views and {@code --param page=N} on named queries,
 * against a real store with more rows than a page: 120 papers name the benchmark BigBench and report
 * one accuracy score each on it (score i is (7i mod 120) / 2 + 0.5: every value twice).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagedViewsTest {

  static final int PAPERS = 120;
  static final String ID = "https://w3id.org/papergraph/id/";
  static final String PG = "https://w3id.org/papergraph/vocab#";
  static final String MLS = "http://www.w3.org/ns/mls#";

  String store;

  @BeforeAll
  void build(@TempDir Path dir) {
    store = dir.resolve("store").toString();
    try (PaperStore s = PaperStore.open(dir.resolve("store"))) {
      Txn.executeWrite(s.dataset(), () -> {
        DatasetGraph dsg = s.dataset().asDatasetGraph();
        Node entities = iri("graph/entities");
        Node bench = iri("entity/benchmark/bigbench");
        Node metric = iri("entity/metric/accuracy");
        dsg.add(entities, bench, RDF.type.asNode(), iri(PG, "Benchmark"));
        dsg.add(entities, bench, RDFS.label.asNode(), NodeFactory.createLiteralString("BigBench"));
        dsg.add(entities, metric, RDF.type.asNode(), iri(PG, "Metric"));
        dsg.add(entities, metric, RDFS.label.asNode(), NodeFactory.createLiteralString("accuracy"));
        for (int i = 0; i < PAPERS; i++) {
          Node g = iri("graph/paper/p" + i);
          Node paper = iri("paper/p" + i);
          dsg.add(g, paper, RDF.type.asNode(), iri(PG, "Paper"));
          dsg.add(g, paper, DCTerms.identifier.asNode(), NodeFactory.createLiteralString("p" + i));
          dsg.add(g, paper, iri(PG, "mentions"), bench);
          Node result = iri("result/p" + i);
          dsg.add(g, result, iri(PG, "reportedIn"), paper);
          dsg.add(g, result, iri(PG, "benchmark"), bench);
          dsg.add(g, result, iri(MLS, "specifiedBy"), metric);
          dsg.add(g, result, iri(MLS, "hasValue"), NodeFactory.createLiteralDT(score(i),
              XSDDatatype.XSDdecimal));
        }
      });
      s.recomputeSummary();
    }
  }

  static String score(int i) {
    return (i * 7) % PAPERS / 2 + ".5";
  }

  static Node iri(String path) {
    return iri(ID, path);
  }

  static Node iri(String ns, String local) {
    return NodeFactory.createURI(ns + local);
  }

  static List<QuerySolution> json(Cli r) {
    assertEquals(0, r.exit(), r.err());
    ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)),
        ResultSetLang.RS_JSON);
    List<QuerySolution> rows = new ArrayList<>();
    rs.forEachRemaining(rows::add);
    return rows;
  }

  @Test
  void leaderboardPagesContinueWithRanksOverAllResults() {
    List<String> results = new ArrayList<>();
    List<String> ranks = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    for (int page = 1; page <= 3; page++) {
      List<QuerySolution> rows = json(Cli.run("leaderboard", "--store", store, "BigBench",
          "--page", String.valueOf(page), "--format", "json"));
      sizes.add(rows.size());
      for (QuerySolution row : rows) {
        results.add(row.getResource("result").getURI());
        ranks.add(row.getLiteral("rank").getLexicalForm());
        double v = row.getLiteral("value").getDouble();
        long better = java.util.stream.IntStream.range(0, PAPERS)
            .mapToDouble(i -> Double.parseDouble(score(i))).filter(x -> x > v).count();
        expected.add(String.valueOf(better + 1));
      }
    }
    assertEquals(List.of(50, 50, 20), sizes);
    assertEquals(PAPERS, new HashSet<>(results).size(), "every result once");
    assertEquals(expected, ranks);
    Cli after = Cli.run("leaderboard", "--store", store, "BigBench", "--page", "4");
    assertEquals(1, after.exit());
    assertTrue(after.out().contains("(0 rows)"), after.out());
    assertTrue(after.err().contains("nothing on page 4 for 'BigBench'"), after.err());
    // the table shows the ranks too
    Cli table = Cli.run("leaderboard", "--store", store, "BigBench", "--page", "2");
    assertEquals(0, table.exit(), table.err());
    assertTrue(table.out().lines().anyMatch(l -> l.startsWith("51 ")), table.out());
  }

  @Test
  void entityPagesReachEveryPaperOnce() {
    List<String> papers = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    for (int page = 1; page <= 4; page++) {
      List<String> onPage = json(Cli.run("entity", "--store", store, "BigBench", "--page",
          String.valueOf(page), "--format", "json")).stream()
          .filter(r -> r.getLiteral("kind").getLexicalForm().equals("paper"))
          .map(r -> r.getResource("node").getURI()).toList();
      sizes.add(onPage.size());
      papers.addAll(onPage);
    }
    assertEquals(List.of(50, 50, 20, 0), sizes);
    assertEquals(PAPERS, new TreeSet<>(papers).size(), "no paper twice, none left out");
  }

  @Test
  void namedQueriesTakePageAsAParameter() {
    List<String> papers = new ArrayList<>();
    for (String page : List.of("1", "2")) {
      json(Cli.run("query", "--store", store, "--named", "papers-for-benchmark", "--param",
          "benchmark=BigBench", "--param", "page=" + page, "--format", "json"))
          .forEach(r -> papers.add(r.getResource("paper").getURI()));
    }
    assertEquals(PAPERS, papers.size());
    assertEquals(PAPERS, new HashSet<>(papers).size());
    assertEquals(List.of(), json(Cli.run("query", "--store", store, "--named", "papers-for-benchmark",
        "--param", "benchmark=BigBench", "--param", "page=3", "--format", "json")));
  }

  @Test
  void badPagesAreUsageErrorsNamingTheOptionAndValue() {
    for (String bad : List.of("0", "-1", "x", "100001", "2.5")) {
      for (String view : List.of("leaderboard", "entity")) {
        Cli r = Cli.run(view, "--store", store, "BigBench", "--page=" + bad);
        assertEquals(2, r.exit(), view + " --page=" + bad + ": " + r.err());
        assertTrue(r.err().contains("'--page'") && r.err().contains("got '" + bad + "'"), r.err());
        assertEquals("", r.out());
      }
      Cli q = Cli.run("query", "--store", store, "--named", "leaderboard", "--param", "benchmark=BigBench",
          "--param", "page=" + bad);
      assertEquals(2, q.exit(), "page=" + bad + ": " + q.err());
      assertTrue(q.err().contains("--param: named query 'leaderboard': page must be a whole number from 1"
          + " to 100000, got '" + bad + "'"), q.err());
    }
    Cli notPaged = Cli.run("query", "--store", store, "--named", "trending-benchmarks", "--param", "page=2");
    assertEquals(2, notPaged.exit(), notPaged.err());
    assertTrue(notPaged.err().contains("no parameter 'page'"), notPaged.err());
  }

  @Test
  void helpSaysWhatAPageIs() {
    for (var view : Map.of("leaderboard", "leaderboard", "entity", "entity-details").entrySet()) {
      Cli r = Cli.run(view.getKey(), "--help");
      assertEquals(0, r.exit());
      assertTrue(r.out().contains("--page=N"), r.out());
      int size = NamedQueries.get(view.getValue()).pageSize();
      assertTrue(r.out().contains("Shows " + size + " "), "page size in the help: " + r.out());
      assertTrue(r.out().contains("--page 2 shows the next " + size), r.out());
    }
    Cli list = Cli.run("query", "--list");
    assertTrue(list.out().contains("leaderboard benchmark=… [page=N]"), list.out());
    assertFalse(list.out().contains("trending-benchmarks [page=N]"), list.out());
    assertTrue(Cli.run("query", "--help").out().contains("page=N"));
  }
}
