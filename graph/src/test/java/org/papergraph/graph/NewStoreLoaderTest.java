package org.papergraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.extract.Entity;
import org.papergraph.extract.Extraction;

/**
 * A new store built with the bulk loader holds exactly what incremental writes of the same
 * batches store, summary and entity names included, and leaves the target untouched until done.
 */
class NewStoreLoaderTest {

  @TempDir
  Path tmp;

  static final BuildActivity BUILD = PaperStoreTest.activity(Instant.EPOCH);

  static List<List<Extraction>> batches() {
    return List.of(
        List.of(Fixtures.paperA(), SummaryGraphTest.paperD(LocalDate.of(2024, 5, 1))),
        List.of(Fixtures.paperB(), Fixtures.paperC()));
  }

  static Set<Quad> incremental(Path dir, List<List<Extraction>> batches) {
    try (PaperStore store = PaperStore.open(dir)) {
      batches.forEach(b -> store.write(b, BUILD));
      return PaperStoreTest.quads(store.dataset());
    }
  }

  static Set<Quad> bulk(Path dir, List<List<Extraction>> batches) {
    try (NewStoreLoader loader = NewStoreLoader.start(dir, IriScheme.defaults(), BUILD)) {
      batches.forEach(loader::write);
      loader.finish();
    }
    try (PaperStore store = PaperStore.open(dir)) {
      return PaperStoreTest.quads(store.dataset());
    }
  }

  @Test
  void holdsWhatIncrementalWritesHold() {
    Set<Quad> bulk = bulk(tmp.resolve("bulk"), batches());
    assertEquals(incremental(tmp.resolve("inc"), batches()), bulk);
    assertTrue(bulk.stream().anyMatch(q -> q.getGraph().equals(IriScheme.defaults().summaryGraph())
        && q.getPredicate().equals(PG.latestIssued.asNode())), "the summary came too");
    try (PaperStore store = PaperStore.open(tmp.resolve("bulk"))) {
      assertTrue(Txn.calculateRead(store.dataset(),
          () -> new Validator().validate(store.dataset())).conforms());
      assertEquals(IriScheme.defaults().base(), store.iris().base());
    }
  }

  @Test
  void aPaperComingAgainInALaterBatchReplacesItsFirstVersion() {
    Extraction c = Fixtures.paperC();
    List<Entity> renamed = c.entities().stream().map(e -> e.key().equals("model/llama-2-13b")
        ? new Entity(e.key(), e.type(), "L2", List.of(), null, null, List.of()) : e).toList();
    Extraction c2 = new Extraction(c.paper(), c.sentences(), renamed, c.mentions(), c.proposes(),
        c.results(), c.sizes(), c.codeLinks());
    List<List<Extraction>> batches = List.of(List.of(Fixtures.paperB(), c),
        List.of(c2, Fixtures.paperA()));
    assertEquals(incremental(tmp.resolve("inc"), batches), bulk(tmp.resolve("bulk"), batches));
  }

  @Test
  void aBuildThatWritesNoPaperMakesAnEmptyStore() {
    assertEquals(Set.of(), bulk(tmp.resolve("none"), List.of()));
    assertEquals(Set.of(), bulk(tmp.resolve("empty"), List.of(List.of(), List.of())));
  }

  @Test
  void closingWithoutFinishingLeavesNothingBehind() throws Exception {
    Path dir = tmp.resolve("never");
    try (NewStoreLoader loader = NewStoreLoader.start(dir, IriScheme.defaults(), BUILD)) {
      loader.write(batches().get(0));
      assertTrue(loader.quadsStreamed() > 0);
    }
    assertFalse(Files.exists(dir));
    try (Stream<Path> left = Files.list(tmp)) {
      assertEquals(List.of(), left.toList(), "no staging directory left");
    }
  }

  @Test
  void onlyNewOrEmptyDirectoriesAreLoaded() throws Exception {
    Path empty = Files.createDirectory(tmp.resolve("empty"));
    assertTrue(NewStoreLoader.applies(empty));
    assertTrue(NewStoreLoader.applies(tmp.resolve("absent")));
    try (PaperStore store = PaperStore.open(tmp.resolve("used"))) {
      store.write(List.of(Fixtures.paperA()), null);
    }
    assertFalse(NewStoreLoader.applies(tmp.resolve("used")));
    StoreException e = assertThrows(StoreException.class,
        () -> NewStoreLoader.start(tmp.resolve("used"), IriScheme.defaults(), BUILD));
    assertTrue(e.getMessage().contains("used"), e.getMessage());
    bulk(empty, batches());
    try (PaperStore store = PaperStore.open(empty)) {
      assertTrue(store.containsPaper(Fixtures.paperA().paper().id()));
    }
  }
}
