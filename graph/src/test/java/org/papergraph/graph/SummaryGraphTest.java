package org.papergraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.extract.EntityType;
import org.papergraph.extract.Extraction;
import org.papergraph.ingest.Paper;
import org.papergraph.ingest.SourcePosition;

/**
 * The summary graph: counts worked out by hand on small papers, and after any sequence of writes,
 * replacements and removals the same summary as one computed from scratch.
 */
class SummaryGraphTest {

  @TempDir
  Path tmp;

  static final String ID = PG.DEFAULT_BASE;

  /** Mentions MMLU, GSM8K and HumanEval, Meta, and proposes Orca-7B. */
  static Extraction paperD(LocalDate issued) {
    String text = "Meta's Orca-7B reports MMLU, GSM8K and HumanEval scores.";
    Paper paper = new Paper("arxiv-2405.00005", null, null, "Three benchmarks", text, text,
        List.of(), issued, List.of(), List.of(), null, List.of(), new SourcePosition("d", "1"));
    Fixtures.Builder b = new Fixtures.Builder(paper);
    b.entity("benchmark/mmlu", EntityType.BENCHMARK, "MMLU", List.of(), null, null, List.of());
    b.entity("benchmark/gsm8k", EntityType.BENCHMARK, "GSM8K", List.of(), null, null, List.of());
    b.entity("benchmark/humaneval", EntityType.BENCHMARK, "HumanEval", List.of(), null, null,
        List.of());
    b.entity("organization/meta", EntityType.ORGANIZATION, "Meta", List.of(), null, null,
        List.of());
    b.entity("model/orca-7b", EntityType.MODEL, "Orca-7B", List.of(), null, null, List.of());
    b.mention("organization/meta", "Meta", 0, "dictionary");
    b.mention("model/orca-7b", "Orca-7B", 0, "dictionary");
    b.mention("benchmark/mmlu", "MMLU", 0, "dictionary");
    b.mention("benchmark/gsm8k", "GSM8K", 0, "dictionary");
    b.mention("benchmark/humaneval", "HumanEval", 0, "dictionary");
    b.proposes.add("model/orca-7b");
    return b.build();
  }

  /** Mentions MMLU and GSM8K, Meta and LLaMA-2-13B. */
  static Extraction paperE(LocalDate issued) {
    String text = "LLaMA-2-13B by Meta on MMLU and GSM8K.";
    Paper paper = new Paper("arxiv-2406.00006", null, null, "Two benchmarks", text, text,
        List.of(), issued, List.of(), List.of(), null, List.of(), new SourcePosition("e", "1"));
    Fixtures.Builder b = new Fixtures.Builder(paper);
    b.entity("benchmark/mmlu", EntityType.BENCHMARK, "MMLU", List.of(), null, null, List.of());
    b.entity("benchmark/gsm8k", EntityType.BENCHMARK, "GSM8K", List.of(), null, null, List.of());
    b.entity("organization/meta", EntityType.ORGANIZATION, "Meta", List.of(), null, null,
        List.of());
    b.entity("model/llama-2-13b", EntityType.MODEL, "LLaMA-2-13B", List.of(), null, null,
        List.of());
    b.mention("model/llama-2-13b", "LLaMA-2-13B", 0, "dictionary");
    b.mention("organization/meta", "Meta", 0, "dictionary");
    b.mention("benchmark/mmlu", "MMLU", 0, "dictionary");
    b.mention("benchmark/gsm8k", "GSM8K", 0, "dictionary");
    return b.build();
  }

  /** Proposes Orca-7B, trained on RefinedWeb and tested on MMLU. */
  static Extraction paperF() {
    String text = "Orca-7B is trained on RefinedWeb and tested on MMLU.";
    Paper paper = new Paper("arxiv-2407.00007", null, null, "Orca again", text, text,
        List.of(), null, List.of(), List.of(), null, List.of(), new SourcePosition("f", "1"));
    Fixtures.Builder b = new Fixtures.Builder(paper);
    b.entity("model/orca-7b", EntityType.MODEL, "Orca-7B", List.of(), null, null, List.of());
    b.entity("dataset/refinedweb", EntityType.DATASET, "RefinedWeb", List.of(), null, null,
        List.of());
    b.entity("benchmark/mmlu", EntityType.BENCHMARK, "MMLU", List.of(), null, null, List.of());
    b.mention("model/orca-7b", "Orca-7B", 0, "dictionary");
    b.mention("dataset/refinedweb", "RefinedWeb", 0, "dictionary");
    b.mention("benchmark/mmlu", "MMLU", 0, "dictionary");
    b.proposes.add("model/orca-7b");
    return b.build();
  }

  static Set<Quad> summary(PaperStore store) {
    Node g = store.iris().summaryGraph();
    return Txn.calculateRead(store.dataset(), () -> {
      Set<Quad> out = new HashSet<>();
      store.dataset().asDatasetGraph().find(g, Node.ANY, Node.ANY, Node.ANY)
          .forEachRemaining(out::add);
      return out;
    });
  }

  /** Entity or pair (both labels' keys joined by '+') to paper count. */
  static Map<String, Long> counts(PaperStore store) {
    Map<String, Long> out = new TreeMap<>();
    for (var row : Sparql.select(PaperStoreTest.unionCopy(store), """
        SELECT ?s (GROUP_CONCAT(?m; separator="+") AS ?members) ?n {
          ?s pg:paperCount ?n
          OPTIONAL { ?s pg:cooccurring ?e BIND(STRAFTER(STR(?e), "entity/") AS ?m) }
        } GROUP BY ?s ?n""", r -> r)) {
      String members = String.join("+", new java.util.TreeSet<>(
          List.of(r(row, "members").split("\\+"))));
      String key = members.isEmpty() ? r(row, "s").substring((ID + "entity/").length()) : members;
      out.put(key, Long.parseLong(r(row, "n")));
    }
    return out;
  }

  private static String r(org.apache.jena.query.QuerySolution row, String v) {
    var n = row.get(v);
    return n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
  }

  static String latest(PaperStore store, String entityKey) {
    Node g = store.iris().summaryGraph();
    return Txn.calculateRead(store.dataset(), () -> {
      var it = store.dataset().asDatasetGraph().find(g, store.iris().entity(entityKey),
          PG.latestIssued.asNode(), Node.ANY);
      return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    });
  }

  static void update(PaperStore store, String update) {
    Txn.executeWrite(store.dataset(), () -> org.apache.jena.update.UpdateExecution
        .dataset(store.dataset()).update(Sparql.prefixes() + update).execute());
  }

  static Set<Quad> recomputed(PaperStore store) {
    store.recomputeSummary();
    return summary(store);
  }

  @Test
  void countsPapersPerEntityAndPerPairWorkedOutByHand() {
    try (PaperStore store = PaperStore.open(tmp.resolve("s"))) {
      store.write(List.of(Fixtures.paperA(), Fixtures.paperB(), Fixtures.paperC(),
          paperD(LocalDate.of(2024, 5, 1)), paperE(LocalDate.of(2024, 6, 1))), null);
      Map<String, Long> c = counts(store);
      assertEquals(5L, c.get("benchmark/mmlu"), "A, B, C, D, E");
      assertEquals(4L, c.get("model/llama-2-13b"), "A, B, C, E");
      assertEquals(2L, c.get("benchmark/gsm8k"));
      assertEquals(1L, c.get("benchmark/humaneval"));
      assertEquals(1L, c.get("model/orca-7b"));
      assertEquals(2L, c.get("benchmark/gsm8k+benchmark/mmlu"), "D and E");
      assertEquals(1L, c.get("benchmark/humaneval+benchmark/mmlu"));
      assertEquals(1L, c.get("benchmark/gsm8k+benchmark/humaneval"));
      assertEquals(1L, c.get("model/orca-7b+organization/meta"), "D");
      assertEquals(1L, c.get("model/llama-2-13b+organization/meta"));
      assertEquals(2L, c.get("organization/meta"));
      assertEquals("2024-06-01", latest(store, "benchmark/mmlu"));
      assertEquals("2024-06-01", latest(store, "benchmark/gsm8k"));
      assertEquals("2024-05-01", latest(store, "benchmark/humaneval"));
      assertEquals(null, latest(store, "model/llama-2-13b"), "only benchmarks carry dates");
    }
  }

  @Test
  void pairsAModelWithTheDataOfThePapersProposingIt() {
    try (PaperStore store = PaperStore.open(tmp.resolve("s"))) {
      store.write(List.of(Fixtures.paperA(), Fixtures.paperB(), Fixtures.paperC(),
          paperD(LocalDate.of(2024, 5, 1)), paperE(null), paperF()), null);
      Map<String, Long> c = counts(store);
      assertEquals(2L, c.get("benchmark/mmlu+model/orca-7b"), "D and F");
      assertEquals(1L, c.get("benchmark/gsm8k+model/orca-7b"), "D");
      assertEquals(1L, c.get("benchmark/humaneval+model/orca-7b"), "D");
      assertEquals(1L, c.get("dataset/refinedweb+model/orca-7b"), "F");
      assertEquals(1L, c.get("dataset/refinedweb+model/falcon-40b"), "A");
      assertEquals(1L, c.get("benchmark/mmlu+model/falcon-40b"), "A");
      assertFalse(c.containsKey("benchmark/mmlu+model/llama-2-13b"), "mentioned, never proposed");
      assertFalse(c.containsKey("metric/accuracy+model/falcon-40b"), "a metric is no data");
      List<String> kinds = Sparql.select(PaperStoreTest.unionCopy(store), """
          SELECT DISTINCT ?pair {
            ?pair a pg:ModelDatasetCoMention, pg:CoMention ; pg:topRanked pg:ModelDatasetCoMention ;
                  pg:cooccurring <%1$sentity/model/orca-7b>, <%1$sentity/benchmark/mmlu> ;
                  pg:paperCount 2 .
          }""".formatted(ID), r -> r.get("pair").toString());
      assertEquals(1, kinds.size(), "one node of the new kind, marked (few pairs)");
      // with 200 per type every entity with a count is marked, and only those
      List<String> unmarked = Sparql.select(PaperStoreTest.unionCopy(store), """
          SELECT ?e { ?e pg:paperCount ?n FILTER NOT EXISTS { ?e pg:topRanked ?kind } }""",
          r -> r.get("e").toString());
      assertEquals(List.of(), unmarked);
      List<String> markedModels = Sparql.select(PaperStoreTest.unionCopy(store), """
          SELECT ?e { ?e pg:topRanked pg:Model } ORDER BY ?e""",
          r -> r.get("e").toString());
      assertEquals(List.of(ID + "entity/model/falcon-40b", ID + "entity/model/llama-2-13b",
          ID + "entity/model/orca-7b"), markedModels);
    }
  }

  @Test
  void writesReplacementsAndRemovalsKeepTheSummaryEqualToOneFromScratch() {
    try (PaperStore store = PaperStore.open(tmp.resolve("s"))) {
      store.write(List.of(Fixtures.paperA(), paperD(LocalDate.of(2024, 5, 1))), null);
      store.write(List.of(paperE(LocalDate.of(2024, 6, 1)), Fixtures.paperB(), paperF()), null);
      Set<Quad> incremental = summary(store);
      assertEquals(recomputed(store), incremental);
      // replacing E by a version dated earlier moves MMLU's latest date back to D's
      store.write(List.of(paperE(LocalDate.of(2023, 1, 1))), null);
      assertEquals("2024-05-01", latest(store, "benchmark/mmlu"));
      incremental = summary(store);
      assertEquals(recomputed(store), incremental);
      store.remove(List.of("arxiv-2405.00005"));
      assertEquals("2024-01-02", latest(store, "benchmark/mmlu"), "A's date");
      assertFalse(counts(store).containsKey("benchmark/humaneval"), "named only by D");
      assertFalse(counts(store).containsKey("benchmark/gsm8k+benchmark/humaneval"));
      incremental = summary(store);
      assertEquals(recomputed(store), incremental);
      store.remove(List.of("arxiv-2407.00007"));
      assertFalse(counts(store).containsKey("dataset/refinedweb+model/orca-7b"), "named only by F");
      incremental = summary(store);
      assertEquals(recomputed(store), incremental);
      store.remove(List.of("arxiv-2406.00006", "arxiv-2401.00001", "arxiv-2402.00002"));
      assertTrue(summary(store).isEmpty(), "no summary outlives the papers");
    }
  }

  @Test
  void theSummaryDoesNotDependOnOrderOrBatching() {
    List<Extraction> all = new ArrayList<>(List.of(Fixtures.paperA(), Fixtures.paperB(),
        Fixtures.paperC(), paperD(LocalDate.of(2024, 5, 1)), paperE(null), paperF()));
    try (PaperStore one = PaperStore.open(tmp.resolve("one"));
        PaperStore each = PaperStore.open(tmp.resolve("each"))) {
      one.write(all, PaperStoreTest.activity(Instant.EPOCH));
      Collections.reverse(all);
      for (Extraction x : all) {
        each.write(List.of(x), PaperStoreTest.activity(Instant.EPOCH));
      }
      assertEquals(summary(one), summary(each));
      assertEquals("2024-05-01", latest(each, "benchmark/gsm8k"), "E is undated");
    }
  }

  @Test
  void aStoreWithoutSummaryGetsOneWhenOpened() {
    Path dir = tmp.resolve("old");
    Set<Quad> expected;
    try (PaperStore store = PaperStore.open(dir)) {
      store.write(List.of(paperD(LocalDate.of(2024, 5, 1)), paperE(null)), null);
      expected = summary(store);
      Node g = store.iris().summaryGraph();
      Txn.executeWrite(store.dataset(), () -> store.dataset().asDatasetGraph()
          .deleteAny(g, Node.ANY, Node.ANY, Node.ANY));
      assertTrue(summary(store).isEmpty());
    }
    try (PaperStore store = PaperStore.open(dir)) {
      assertEquals(expected, summary(store));
      assertTrue(summary(store).contains(Quad.create(store.iris().summaryGraph(),
          store.iris().summaryGraph(), PG.summaryVersion.asNode(),
          NodeFactory.createLiteralDT(String.valueOf(
              org.papergraph.graph.store.SummaryGraph.VERSION),
              org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger))));
    }
  }

  @Test
  void aStoreWithAVersion2SummaryIsRecomputedWhenOpened() {
    Path dir = tmp.resolve("v2");
    Set<Quad> expected;
    try (PaperStore store = PaperStore.open(dir)) {
      store.write(List.of(Fixtures.paperA(), paperD(LocalDate.of(2024, 5, 1)), paperF()), null);
      expected = summary(store);
      // what version 2 wrote: no model-dataset pairs, no marks on entities
      update(store, """
          DELETE { GRAPH ?g { ?s ?p ?o } } WHERE {
            GRAPH ?g { ?s a pg:ModelDatasetCoMention ; ?p ?o } };
          DELETE { GRAPH ?g { ?e pg:topRanked ?t } } WHERE {
            GRAPH ?g { ?e pg:topRanked ?t FILTER NOT EXISTS { ?e a pg:CoMention } } };
          DELETE { GRAPH ?g { ?g pg:summaryVersion ?v } }
          INSERT { GRAPH ?g { ?g pg:summaryVersion 2 } }
          WHERE { GRAPH ?g { ?g pg:summaryVersion ?v } }""");
      Set<Quad> v2 = summary(store);
      assertTrue(v2.size() < expected.size() - 10, "pairs and marks went: " + v2.size());
    }
    try (PaperStore store = PaperStore.open(dir)) {
      assertEquals(expected, summary(store));
    }
  }
}
