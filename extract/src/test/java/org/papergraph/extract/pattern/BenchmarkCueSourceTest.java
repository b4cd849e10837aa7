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
import org.papergraph.extract.DictionaryEntry;
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
    // the word Bench after a name ends it
    assertEquals(EntityType.BENCHMARK, run("We present NL2Zorb Bench, a benchmark for agents.")
        .get("NL2Zorb Bench"));
    assertEquals(EntityType.BENCHMARK, run("Models fail on Quux Bench.").get("Quux Bench"));
    assertTrue(run("Quux Bench is hard. The bench is long.").keySet().stream()
        .noneMatch(k -> k.contains("bench")));
  }

  @Test
  void aCapitalizedPrefixBeforeAKnownNameMakesANewThing() {
    DictionaryEntry model = new DictionaryEntry(EntityType.MODEL, "QUUX", List.of(), null,
        null, true, "test");
    assertEquals(Map.of("Zorb-QUUX", EntityType.MODEL), runWith("We adapt Zorb-QUUX here.",
        model));
    DictionaryEntry bench = new DictionaryEntry(EntityType.BENCHMARK, "ZORB", List.of(), null,
        null, true, "test");
    assertEquals(Map.of("Uhura-ZORB", EntityType.BENCHMARK), runWith("It reaches 40.1% on"
        + " Uhura-ZORB.", bench));
    // a lower-case or short prefix describes
    assertTrue(runWith("It reaches 40.1% on non-ZORB and Re-ZORB.", bench).isEmpty());
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

  private static Map<String, EntityType> runWith(String abs, DictionaryEntry known) {
    Paper p = Paper.of("p", "A title", abs);
    var paper = analyzer.analyze(p);
    List<Candidate> out = new ArrayList<>();
    new DictionarySource(org.papergraph.extract.Dictionary.of(List.of(known))).find(paper, out);
    new BenchmarkCueSource().find(paper, out);
    return out.stream().filter(c -> c.source().equals(BenchmarkCueSource.SOURCE))
        .collect(Collectors.toMap(c -> abs.substring(c.start(), c.end()), Candidate::type,
            (a, b) -> a));
  }

  @Test
  void aNameInAppositionToADatasetOrBenchmarkNounPhrase() {
    assertEquals(EntityType.DATASET, run("We collected the first dataset of synthetic "
        + "forum posts, ZorbPosts.").get("ZorbPosts"));
    assertEquals(EntityType.BENCHMARK, run("To measure this we build a new benchmark for code "
        + "review, QuuxReview, which scores models on 500 diffs.").get("QuuxReview"));
    // the comma does not close a phrase headed by a type noun
    assertFalse(run("We compare against a strong baseline, ZorbNet.").containsKey("ZorbNet"));
    // a plural head starts a list, not an appositive; a name inside the tail blocks it
    assertFalse(run("We release two datasets, ZorbA.").containsKey("ZorbA"));
    assertFalse(run("We use a dataset from QuuxCorp, ZorbB.").containsKey("ZorbB"));
    // the name must end its clause
    assertFalse(run("The dataset of posts, ZorbC models and others were used.")
        .containsKey("ZorbC"));
  }

  @Test
  void aNameAfterAShotCount() {
    assertEquals(EntityType.BENCHMARK, run("The model scores 61.2 on 5-shot ZorbX and 0-shot "
        + "QuuxY.").get("ZorbX"));
    assertEquals(EntityType.BENCHMARK, run("The model scores 61.2 on 5-shot ZorbX and 0-shot "
        + "QuuxY.").get("QuuxY"));
    assertTrue(run("Few-shot prompting helps.").isEmpty());
  }

  @Test
  void aHyphenatedVariantOfAKnownBenchmark() {
    DictionaryEntry zorb = new DictionaryEntry(EntityType.BENCHMARK, "ZORB", List.of(), null,
        null, true, "test");
    assertEquals(EntityType.BENCHMARK, runWith("It reaches 40.1% on ZORB-Hard.", zorb)
        .get("ZORB-Hard"));
    assertEquals(EntityType.BENCHMARK, runWith("It reaches 40.1% on ZORB-v2.", zorb)
        .get("ZORB-v2"));
    // adjectival and lower-case suffixes describe, they do not name a variant
    assertTrue(runWith("We use ZORB-style prompts and ZORB-pretrained weights.", zorb)
        .isEmpty());
    assertTrue(runWith("We use ZORB-like data.", zorb).isEmpty());
    // a known model's variant is a model ("BERT-Large", "Skywork-Math"); its adjectives are not
    DictionaryEntry model = new DictionaryEntry(EntityType.MODEL, "QUUX", List.of(), null,
        null, true, "test");
    assertEquals(Map.of("QUUX-Large", EntityType.MODEL), runWith("QUUX-Large is strong.", model));
    assertTrue(runWith("A QUUX-based and QUUX-style model.", model).isEmpty());
  }

  @Test
  void editionWordsAndAPlusMakeAVariantOfAKnownOrBenchmarkShapedName() {
    DictionaryEntry zorb = new DictionaryEntry(EntityType.BENCHMARK, "ZORB", List.of(), null,
        null, true, "test");
    Map<String, EntityType> found = runWith("We build ZORB Pro and QuuxBench Lite Pro; the model"
        + " scores 40.1% on ZORB Verified, 12.0% on ZORB+ and 3.0% on QuuxEval++.", zorb);
    for (String name : List.of("ZORB Pro", "QuuxBench Lite Pro", "ZORB Verified", "ZORB+",
        "QuuxEval++")) {
      assertEquals(EntityType.BENCHMARK, found.get(name), name + " in " + found);
    }
    Map<String, EntityType> sized = runWith("FID on ZORB 256×256, ZORB 512x512 and ZORB 6464,"
        + " CER on ZORB eval3, ZORB v2 and ZORB test-noisy; not ZORB 2012, ZORB 256×128 or ZORB test"
        + " results.", zorb);
    assertEquals(List.of("ZORB 256×256", "ZORB 512x512", "ZORB 6464", "ZORB eval3", "ZORB v2",
        "ZORB test-noisy").stream().sorted().toList(),
        sized.keySet().stream().sorted().toList());
    // only capitalized edition words right after the name; other words are not part of it
    assertTrue(runWith("On ZORB pro users and ZORB Results we see gains.", zorb).isEmpty());
    assertTrue(runWith("ZORB+2 and ZORB+ext are typos.", zorb).isEmpty());
  }

  @Test
  void listMembersMayBeCapitalizedRunsOutsideTheTitle() {
    Map<String, EntityType> found = run("We evaluate on the Zorb Questions, Quux Reviews and "
        + "FooBar datasets.");
    assertEquals(EntityType.BENCHMARK, found.get("Zorb Questions"));
    assertEquals(EntityType.BENCHMARK, found.get("Quux Reviews"));
  }
}
