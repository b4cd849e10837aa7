package org.papergraph.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.papergraph.extract.Extraction;
import org.papergraph.extract.Extractor;
import org.papergraph.ingest.Paper;

class MeasurementTest {

  @Test
  void percentilesAreNearestRank() {
    Latencies l = new Latencies();
    for (int ms = 100; ms >= 1; ms--) {
      l.add(ms * 1_000_000L);
    }
    l.error();
    assertEquals(100, l.count());
    assertEquals(1, l.errors());
    assertEquals(50.0, l.percentileMillis(50));
    assertEquals(90.0, l.percentileMillis(90));
    assertEquals(99.0, l.percentileMillis(99));
    assertEquals(100.0, l.percentileMillis(100));
    assertTrue(Double.isNaN(new Latencies().percentileMillis(50)));
    assertThrows(IllegalArgumentException.class, () -> l.percentileMillis(0));
  }

  @Test
  void mergedLatenciesKeepAllSamplesAndErrors() {
    Latencies a = new Latencies();
    Latencies b = new Latencies();
    for (int i = 0; i < 3000; i++) {
      a.add(1);
    }
    b.add(5_000_000);
    b.error();
    a.addAll(b);
    assertEquals(3001, a.count());
    assertEquals(1, a.errors());
    assertEquals(5.0, a.percentileMillis(100));
  }

  @Test
  void markdownTableEscapesPipesAndChecksWidth() {
    String t = new MarkdownTable("a", "b").row("x|y", 2).render();
    assertEquals("| a | b |\n| --- | --- |\n| x\\|y | 2 |\n", t);
    assertThrows(IllegalArgumentException.class, () -> new MarkdownTable("a").row(1, 2));
  }

  @Test
  void extractBenchExtractsEveryPaperOnceAfterTheWarmup() throws InterruptedException {
    Set<String> seen = ConcurrentHashMap.newKeySet();
    List<String> order = java.util.Collections.synchronizedList(new ArrayList<>());
    Extractor counting = paper -> {
      order.add(paper.id());
      if (paper.id().startsWith("m")) {
        assertTrue(seen.add(paper.id()), "extracted twice: " + paper.id());
      }
      return new Extraction(paper, List.of(), List.of(), List.of(), Set.of(), List.of(),
          List.of(), List.of());
    };
    List<Paper> warm = List.of(Paper.of("w1", "W", "warm"), Paper.of("w2", "W", "warm"));
    List<Paper> measured = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      measured.add(Paper.of("m" + i, "T" + i, "abstract " + i));
    }
    ExtractBench.Result r = ExtractBench.run(counting, warm, measured, 3);
    assertEquals(50, seen.size());
    assertEquals(52, order.size());
    assertEquals(50, r.papers());
    assertEquals(3, r.threads());
    assertTrue(r.wallSeconds() > 0 && r.perSecond() > 0);
    assertThrows(IllegalArgumentException.class,
        () -> ExtractBench.run(counting, warm, measured, 0));
  }

  @Test
  void loadClientTalksOnlyToLoopback() {
    SparqlClient.loopback("http://127.0.0.1:9/papers/sparql", java.time.Duration.ofSeconds(1));
    SparqlClient.loopback("http://localhost:9/papers/sparql", java.time.Duration.ofSeconds(1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SparqlClient.loopback("http://10.1.2.3/sparql", java.time.Duration.ofSeconds(1)));
    assertTrue(e.getMessage().contains("10.1.2.3"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> SparqlClient.loopback("ftp://127.0.0.1/x", java.time.Duration.ofSeconds(1)));
  }
}
