package org.papergraph.extract.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.papergraph.extract.EntityType;
import org.papergraph.extract.text.TextAnalyzer;
import org.papergraph.ingest.Paper;

/** Made-up names, so these test the constructions, not any dictionary or development paper. */
class BenchmarkCueSourceTest {

  private static TextAnalyzer analyzer;

  @BeforeAll
  static void load() {
    analyzer = TextAnalyzer.load();
  }

  private static Map<String, EntityType> run(String abs) {
    Paper p = Paper.of("p", "A title", abs);
    List<Candidate> out = new ArrayList<>();
    new BenchmarkCueSource().find(analyzer.analyze(p), out);
    return out.stream().collect(Collectors.toMap(c -> abs.substring(c.start(), c.end()),
        Candidate::type, (a, b) -> a));
  }

  @Test
  void benchmarkNameShapes() {
    for (String name : List.of("ZorbBench", "Zorb-Bench", "SWE-bench", "QuuxEval", "ZorbQA",
        "MT-Bench-101", "ZorbArena", "ZorbBench-Hard")) {
      assertTrue(BenchmarkCueSource.isBenchmarkShape(name), name);
    }
    for (String name : List.of("QA", "Eval", "PEQA-tuned", "bench", "Benchmark", "evaluation",
        "ZorbQA-based")) {
      assertFalse(BenchmarkCueSource.isBenchmarkShape(name), name);
    }
    assertEquals(Map.of("ZorbBench", EntityType.BENCHMARK),
        run("Our model ranks first on ZorbBench."));
  }

  @Test
  void testSplitsAndSingularHeadsBeforeNames() {
    assertEquals(EntityType.BENCHMARK, run("We report accuracy on the ZorbX test set.")
        .get("ZorbX"));
    assertEquals(EntityType.BENCHMARK, run("Results on the challenging benchmark QuuxMT "
        + "improve.").get("QuuxMT"));
    assertEquals(EntityType.DATASET, run("We pretrain on the corpus WebZorb-2 for a week.")
        .get("WebZorb-2"));
  }

  @Test
  void aListClosedByAPluralTypeNoun() {
    Map<String, EntityType> found = run("It improves accuracy on the ZorbX, QuuxY and FooZ "
        + "benchmarks.");
    assertEquals(EntityType.BENCHMARK, found.get("ZorbX"));
    assertEquals(EntityType.BENCHMARK, found.get("QuuxY"));
    assertEquals(EntityType.BENCHMARK, found.get("FooZ"));
    Map<String, EntityType> data = run("We train on the ZorbText and QuuxWeb datasets.");
    assertEquals(EntityType.DATASET, data.get("ZorbText"));
    assertEquals(EntityType.DATASET, data.get("QuuxWeb"));
  }

  @Test
  void collectedResources() {
    assertEquals(EntityType.DATASET, run("We collect ZorbChat from public forums.")
        .get("ZorbChat"));
  }

  @Test
  void ordinaryTextGivesNothing() {
    assertTrue(run("We evaluate the model on the test set and a new benchmark of questions;"
        + " ablations and datasets are released.").isEmpty());
  }
}
