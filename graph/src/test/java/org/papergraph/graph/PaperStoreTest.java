package org.papergraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.extract.Extraction;

class PaperStoreTest {

  @TempDir
  Path tmp;

  static BuildActivity activity(Instant start) {
    return new BuildActivity("0.1.0-test", start, start.plusSeconds(3),
        List.of(new BuildActivity.InputFile("in/papers.jsonl", "ab".repeat(32))), "dict=v1");
  }

  static Set<Quad> quads(Dataset ds) {
    return Txn.calculateRead(ds, () -> {
      Set<Quad> out = new HashSet<>();
      ds.asDatasetGraph().find().forEachRemaining(out::add);
      return out;
    });
  }

  static Set<Quad> quads(DatasetGraph dsg) {
    Set<Quad> out = new HashSet<>();
    dsg.find().forEachRemaining(out::add);
    return out;
  }

  /** The quads outside the summary graph (which the mapper does not emit). */
  static Set<Quad> withoutSummary(Set<Quad> quads) {
    Set<Quad> out = new HashSet<>(quads);
    out.removeIf(q -> q.getGraph().equals(IriScheme.defaults().summaryGraph()));
    return out;
  }

  static Model unionCopy(PaperStore store) {
    return Txn.calculateRead(store.dataset(), () -> ModelFactory.createDefaultModel()
        .add(store.dataset().getUnionModel()));
  }

  @Test
  void aStoreKeepsTheBaseItWasBuiltWith() {
    Path dir = tmp.resolve("based");
    IriScheme mine = new IriScheme("https://example.org/kg/");
    try (PaperStore store = PaperStore.open(dir, mine)) {
      store.write(List.of(Fixtures.paperA()), null);
    }
    try (PaperStore again = PaperStore.open(dir)) {
      assertEquals(mine.base(), again.iris().base(), "reopened without a base: the recorded one");
      assertTrue(again.containsPaper(Fixtures.paperA().paper().id()));
    }
    StoreException clash = assertThrows(StoreException.class,
        () -> PaperStore.open(dir, IriScheme.defaults()));
    assertTrue(clash.getMessage().contains("https://example.org/kg/"), clash.getMessage());
  }

  @Test
  void storeHoldsExactlyWhatTheMapperEmits() {
    List<Extraction> all = List.of(Fixtures.paperA(), Fixtures.paperB(), Fixtures.paperC());
    try (PaperStore store = PaperStore.open(tmp.resolve("s"))) {
      WriteSummary summary = store.write(all, null);
      assertEquals(3, summary.papersAdded());
      assertEquals(14, summary.mentions());
      assertEquals(quads(Sparql.mapped(all)), withoutSummary(quads(store.dataset())));
      assertTrue(store.containsPaper("arxiv-2402.00002"));
      assertFalse(store.containsPaper("arxiv-9999.99999"));
    }
  }

  @Test
  void queriesSeeTheUnionOfGraphsAndEveryPaperGraphCitesItsBuild() {
    try (PaperStore store = PaperStore.open(tmp.resolve("s"))) {
      store.write(List.of(Fixtures.paperA(), Fixtures.paperB()), activity(Instant.EPOCH));
      Model union = unionCopy(store);
      assertEquals(2, Sparql.select(union, "SELECT ?p { ?p a pg:Paper ; pg:mentions ?e ."
          + " ?e rdfs:label \"MMLU\" }", s -> s).size());
      long cited = Txn.calculateRead(store.dataset(), () -> {
        try (var qe = org.apache.jena.query.QueryExecution.dataset(store.dataset()).query(
            Sparql.prefixes() + "SELECT ?g { GRAPH ?g { ?g prov:wasGeneratedBy ?a } ?a a"
            + " prov:Activity ; prov:used/pg:sha256 ?sha ; pg:extractorConfiguration \"dict=v1\" ;"
            + " prov:startedAtTime ?t ; prov:wasAssociatedWith/schema:softwareVersion ?v }")
            .build()) {
          long n = 0; for (var rs = qe.execSelect(); rs.hasNext(); rs.next()) { n++; } return n;
        }
      });
      assertEquals(2, cited);
    }
  }

  @Test
  void rebuildingTheSameInputChangesNothing() {
    List<Extraction> all = List.of(Fixtures.paperA(), Fixtures.paperB(), Fixtures.paperC());
    try (PaperStore store = PaperStore.open(tmp.resolve("s"))) {
      store.write(all, activity(Instant.EPOCH));
      long before = store.tripleCount();
      Set<Quad> first = quads(store.dataset());
      WriteSummary again = store.write(all, activity(Instant.EPOCH));
      assertEquals(3, again.papersReplaced());
      assertEquals(before, store.tripleCount());
      assertEquals(first, quads(store.dataset()));
      store.write(all, activity(Instant.EPOCH.plusSeconds(3600)));
      assertEquals(before, store.tripleCount(), "a later build of the same input");
      assertNotEquals(first, quads(store.dataset()), "only the build times differ");
    }
  }

  @Test
  void removeDropsPapersAndOrphanEntitiesAndEqualsNeverHavingBuiltThem() {
    try (PaperStore store = PaperStore.open(tmp.resolve("s"));
        PaperStore fresh = PaperStore.open(tmp.resolve("t"))) {
      store.write(List.of(Fixtures.paperA(), Fixtures.paperB(), Fixtures.paperC()),
          activity(Instant.EPOCH));
      RemoveSummary removed = store.remove(List.of("arxiv-2402.00002"));
      assertEquals(1, removed.papersRemoved());
      assertEquals(2, removed.entitiesRemoved(), "LoRA and Swahili were named only there");
      assertFalse(Sparql.ask(unionCopy(store), """
          ASK { ?e rdfs:label ?l ; a ?c FILTER(STRSTARTS(STR(?c), STR(pg:)))
                FILTER NOT EXISTS { ?m a pg:Mention ; pg:denotes ?e } }"""));
      fresh.write(List.of(Fixtures.paperA(), Fixtures.paperC()), activity(Instant.EPOCH));
      assertEquals(quads(fresh.dataset()), quads(store.dataset()));
      store.remove(List.of("arxiv-2401.00001", "title-survey"));
      assertEquals(0, store.tripleCount(), "no entity, person or activity outlives its papers");
    }
  }

  @Test
  void rebuildingAPaperThatNamesThingsDifferentlyForgetsTheOldNames() {
    Extraction c = Fixtures.paperC();
    List<org.papergraph.extract.Entity> renamed = c.entities().stream().map(e ->
        e.key().equals("model/llama-2-13b") ? new org.papergraph.extract.Entity(e.key(), e.type(),
            "L2", List.of(), null, null, List.of()) : e).toList();
    Extraction c2 = new Extraction(c.paper(), c.sentences(), renamed, c.mentions(), c.proposes(),
        c.results(), c.sizes(), c.codeLinks());
    try (PaperStore store = PaperStore.open(tmp.resolve("s"));
        PaperStore fresh = PaperStore.open(tmp.resolve("t"))) {
      store.write(List.of(Fixtures.paperB(), c), null);
      store.write(List.of(c2), null);
      fresh.write(List.of(Fixtures.paperB(), c2), null);
      assertEquals(quads(fresh.dataset()), quads(store.dataset()));
      assertFalse(Sparql.ask(unionCopy(store), "ASK { ?e skos:altLabel|rdfs:label \"Llama 2 13B\" }"));
    }
  }

  @Test
  void removingAnUnknownPaperNamesItAndChangesNothing() {
    try (PaperStore store = PaperStore.open(tmp.resolve("s"))) {
      store.write(List.of(Fixtures.paperA()), null);
      Set<Quad> before = quads(store.dataset());
      StoreException e = assertThrows(StoreException.class,
          () -> store.remove(List.of("arxiv-2401.00001", "arxiv-0000.nope")));
      assertTrue(e.getMessage().contains("'arxiv-0000.nope'"), e.getMessage());
      assertEquals(before, quads(store.dataset()));
    }
  }

  @Test
  void entityNamesDoNotDependOnBuildOrder() {
    try (PaperStore forward = PaperStore.open(tmp.resolve("f"));
        PaperStore backward = PaperStore.open(tmp.resolve("b"))) {
      for (Extraction x : List.of(Fixtures.paperA(), Fixtures.paperB(), Fixtures.paperC())) {
        forward.write(List.of(x), null);
      }
      for (Extraction x : List.of(Fixtures.paperC(), Fixtures.paperB(), Fixtures.paperA())) {
        backward.write(List.of(x), null);
      }
      assertEquals(quads(forward.dataset()), quads(backward.dataset()));
      assertEquals(List.of("LLaMA-2-13B"), Sparql.select(unionCopy(forward),
          "SELECT ?l { ?e a pg:Model ; rdfs:label ?l ; skos:altLabel \"Llama 2 13B\" }",
          s -> s.getLiteral("l").getString()));
      forward.remove(List.of("arxiv-2401.00001"));
      List<String> labels = Sparql.select(unionCopy(forward), "SELECT ?l { ?e a pg:Model ;"
          + " rdfs:label ?l }", s -> s.getLiteral("l").getString());
      assertEquals(1, labels.size(), "exactly one label once the dictionary's paper is gone");
      assertFalse(labels.contains("LLaMA-2-13B"));
    }
  }

  @Test
  void aFailedBatchLeavesTheStoreUntouched() {
    try (PaperStore store = PaperStore.open(tmp.resolve("s"))) {
      store.write(List.of(Fixtures.paperA()), activity(Instant.EPOCH));
      Set<Quad> before = quads(store.dataset());
      Extraction c = Fixtures.paperC();
      Extraction broken = new Extraction(c.paper(), c.sentences(), c.entities().subList(0, 1),
          c.mentions(), c.proposes(), c.results(), c.sizes(), c.codeLinks());
      StoreException e = assertThrows(StoreException.class, () -> store.write(
          List.of(Fixtures.paperB(), broken), activity(Instant.EPOCH.plusSeconds(9))));
      assertTrue(e.getMessage().contains("title-survey") && e.getMessage().contains(
          "model/llama-2-13b"), e.getMessage());
      assertEquals(before, quads(store.dataset()));
      assertFalse(store.containsPaper("arxiv-2402.00002"));
    }
  }

  @Test
  void statsCountWhatTheFixturesSay() {
    try (PaperStore store = PaperStore.open(tmp.resolve("s"))) {
      store.write(List.of(Fixtures.paperA(), Fixtures.paperB(), Fixtures.paperC()), null);
      StoreStats stats = store.stats();
      assertEquals(3, stats.papers());
      assertEquals(store.tripleCount(), stats.triples());
      assertEquals(2L, stats.entitiesPerType().get("Model"));
      assertEquals(1L, stats.entitiesPerType().get("Language"));
      assertEquals("MMLU", stats.topEntitiesPerType().get("Benchmark").get(0).label());
      assertEquals(3, stats.topEntitiesPerType().get("Benchmark").get(0).count());
      assertEquals(List.of(new StoreStats.RankedEntity(PG.DEFAULT_BASE + "entity/benchmark/mmlu",
          "MMLU", 2)), stats.resultsPerBenchmark());
      assertEquals(14, stats.mentions());
      assertEquals(6, stats.mentionsWithoutResults(), "A: RefinedWeb, LLaMA; B: LoRA, Swahili;"
          + " C: both");
      assertTrue(stats.sizeOnDiskBytes() > 0);
    }
  }

  @Test
  void aDirectoryThatIsNotAStoreIsRefused() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("notes"));
    Files.writeString(dir.resolve("todo.txt"), "not a store", StandardCharsets.UTF_8);
    StoreException e = assertThrows(StoreException.class, () -> PaperStore.open(dir));
    assertTrue(e.getMessage().contains("not a TDB2 store"), e.getMessage());
    Path file = dir.resolve("todo.txt");
    e = assertThrows(StoreException.class, () -> PaperStore.open(file));
    assertTrue(e.getMessage().contains("is a file"), e.getMessage());
    assertEquals("not a store", Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void aStoreLockedByAnotherProcessIsRefused() throws Exception {
    Path dir = tmp.resolve("locked");
    try (PaperStore store = PaperStore.open(dir)) {
      store.write(List.of(Fixtures.paperC()), null);
    }
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(),
        dir.toString()).redirectErrorStream(true).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
          StandardCharsets.UTF_8));
      String line;
      while ((line = out.readLine()) != null && !line.equals("LOCKED")) {
        // skip logging
      }
      assertEquals("LOCKED", line);
      StoreException e = assertThrows(StoreException.class, () -> PaperStore.open(dir));
      assertTrue(e.getMessage().contains("locked by another process"), e.getMessage());
    } finally {
      child.getOutputStream().close();
      if (!child.waitFor(20, TimeUnit.SECONDS)) {
        child.destroyForcibly();
      }
    }
    try (PaperStore again = PaperStore.open(dir)) {
      assertTrue(again.containsPaper("title-survey"), "usable once the other process is gone");
    }
  }
}
