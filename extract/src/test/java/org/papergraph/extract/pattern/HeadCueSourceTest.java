package org.papergraph.extract.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.papergraph.extract.EntityType;
import org.papergraph.extract.combine.Combiner;
import org.papergraph.extract.text.TextAnalyzer;
import org.papergraph.ingest.Paper;

/** Made-up names before head nouns. */
class HeadCueSourceTest {

  private static TextAnalyzer analyzer;

  @BeforeAll
  static void load() {
    analyzer = TextAnalyzer.load();
  }

  /** The candidates of a paper with this title and abstract. */
  private static List<Candidate> run(String title, String abs) {
    List<Candidate> out = new ArrayList<>();
    new HeadCueSource().find(analyzer.analyze(Paper.of("p", title, abs)), out);
    return out;
  }

  /** The abstract's candidates as the text they cover. */
  private static List<String> texts(String abs) {
    return run("A title", abs).stream().map(c -> abs.substring(c.start(), c.end())).toList();
  }

  private static Candidate find(String abs, String name) {
    List<Candidate> out = run("A title", abs);
    return out.stream().filter(c -> abs.substring(c.start(), c.end()).equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in " + out));
  }

  @Test
  void plainCapitalizedWordBeforeMethodHeadNeedsSupport() {
    Candidate role = find("Drafts come from a Planner module and a Critic module.", "Planner");
    assertEquals(EntityType.METHOD, role.type());
    assertTrue(role.confidence() < Combiner.THRESHOLD, role.toString());
    Candidate shaped = find("Drafts come from the ZorbNet module.", "ZorbNet");
    assertTrue(shaped.confidence() >= Combiner.THRESHOLD, shaped.toString());
    Candidate bench = find("We evaluate on the Quokka benchmark.", "Quokka");
    assertEquals(EntityType.BENCHMARK, bench.type());
    assertTrue(bench.confidence() >= Combiner.THRESHOLD, bench.toString());
  }

  @Test
  void aWordSetOffAfterAModelNounIsTheModelsName() {
    assertEquals(EntityType.MODEL, find("Recently a new open-source text-to-image model, Wombat,"
        + " has been introduced.", "Wombat").type());
    assertEquals(EntityType.MODEL, find("This paper reports on a large speech recognition model,"
        + " Quokka.", "Quokka").type());
    assertEquals(List.of(), run("New Benchmarks, Fine-Tuning, and Cultural Adjustments",
        "For each model, we report accuracy."),
        "a title's capitalized list and a following clause name nothing");
  }

  @Test
  void hardwareAfterOnIsNoBenchmarkOrDataset() {
    assertEquals(List.of("ZorbQA"), texts("We train it on A100 GPUs and serve it on RTX 4090"
        + " cards. We evaluate it on ZorbQA."));
  }

  @Test
  void wordsBeforeAHeadNounThatANameFollowsDescribeIt() {
    // (ZorbMath itself is the benchmark cue source's: "benchmark X")
    assertEquals(List.of(), texts("Experiments on the challenging Olympiad benchmark ZorbMath"
        + " show gains."));
    assertEquals(List.of("Quokka"), texts("Experiments on the Quokka benchmark show gains."));
  }

  @Test
  void aRunOfCapitalsTakesItsCapitalizedHeadIntoTheName() {
    assertEquals(List.of("Wombat's Verdict Benchmark", "Zorbic Reasoning Benchmark", "Quokka"),
        texts("We release the Wombat's Verdict Benchmark, the Zorbic Reasoning Benchmark and the"
            + " Quokka Dataset."));
  }

  @Test
  void aNameThatIsAModelOrDatasetIsTypedByIt() {
    assertEquals(EntityType.MODEL, find("QuokkaNet is a lightweight model for speech.",
        "QuokkaNet").type());
    assertEquals(EntityType.DATASET, find("WombatSet is a large dataset of images.",
        "WombatSet").type());
  }

  @Test
  void onANameCountsOnlyWhereTheSentenceEvaluatesOrTrains() {
    String abs = "It then applies constraining masks on AEAMs. We evaluate it on ZorbQA. It is"
        + " fine-tuned on QuuxText.";
    assertEquals(List.of("ZorbQA BENCHMARK", "QuuxText DATASET"), run("A title", abs).stream()
        .map(c -> abs.substring(c.start(), c.end()) + " " + c.type()).toList());
  }
}
