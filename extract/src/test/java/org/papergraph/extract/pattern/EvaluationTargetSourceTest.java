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
import org.papergraph.extract.text.AnalyzedPaper;
import org.papergraph.extract.text.TextAnalyzer;
import org.papergraph.ingest.Paper;

/** Made-up names (Zorbank, Quux Reviews): the constructions, not any dictionary or paper. */
class EvaluationTargetSourceTest {

  private static TextAnalyzer analyzer;

  @BeforeAll
  static void load() {
    analyzer = TextAnalyzer.load();
  }

  private static Map<String, EntityType> run(String abs) {
    return run(analyzer.analyze(Paper.of("p", "A title", abs)), abs, new ArrayList<>());
  }

  private static Map<String, EntityType> run(AnalyzedPaper paper, String abs,
      List<Candidate> out) {
    new EvaluationTargetSource().find(paper, out);
    return out.stream().filter(c -> c.source().equals(EvaluationTargetSource.SOURCE))
        .collect(Collectors.toMap(c -> abs.substring(c.start(), c.end()), Candidate::type,
            (a, b) -> a));
  }

  @Test
  void plainCapitalizedNamesAfterEvaluationOn() {
    assertEquals(Map.of("Zorbank", EntityType.BENCHMARK),
        run("We evaluate the parser on Zorbank and report labeled accuracy."));
    assertEquals(Map.of("Quux Questions", EntityType.BENCHMARK),
        run("Our retriever sets a new state-of-the-art result on Quux Questions."));
    assertEquals(Map.of("Zorbscapes", EntityType.BENCHMARK),
        run("The model reaches 71.2 mIoU on Zorbscapes, a gain of 2 points."));
    assertEquals(Map.of("Zorb Reviews 2", EntityType.BENCHMARK),
        run("Experiments on the Zorb Reviews 2 show consistent gains."));
  }

  @Test
  void aSentenceThatOpensWithOn() {
    assertEquals(Map.of("Zorbscapes", EntityType.BENCHMARK),
        run("On Zorbscapes, our model achieves 80.1 mIoU."));
    assertTrue(run("On Tuesday, the team met.").isEmpty());
    assertTrue(run("On Zorbland, people talk a lot.").isEmpty());
  }

  @Test
  void aSizeIsNotAScore() {
    assertEquals(Map.of("Quux Reviews", EntityType.DATASET),
        run("We train models with 2.7B parameters on Quux Reviews."));
  }

  @Test
  void trainingVerbsMakeADataset() {
    assertEquals(Map.of("Quux Reviews", EntityType.DATASET),
        run("A small encoder is fine-tuned on Quux Reviews for two epochs."));
  }

  @Test
  void noReasonNoName() {
    // no evaluation or training word before "on"
    assertTrue(run("This paper reports a new view on Zorbank.").isEmpty());
    // "based on", "deployed on" are not evaluation targets
    assertTrue(run("Our results are based on Zorbank.").isEmpty());
    assertTrue(run("Latency results when deployed on Zorb Orin are good.").isEmpty());
    // what an effect falls on is studied, not scored on
    assertTrue(run("We evaluate the effect of pruning on Weight, Activation and Cache.").isEmpty());
    // the capitalized word modifies a noun: not a whole name
    assertTrue(run("We evaluate on Zorb devices and phones.").isEmpty());
    // platforms, code languages and figure references are not benchmarks
    assertTrue(run("We evaluate on Python and Java code.").isEmpty());
    assertTrue(run("We report results on Table 3.").isEmpty());
    // name-shaped words belong to the head-cue rule, generic names to nobody
    assertTrue(run("We evaluate on ZorbQA and LLMs.").isEmpty());
    assertTrue(run("We report results on Large Language Models.").isEmpty());
  }

  @Test
  void titlesAreNotRead() {
    AnalyzedPaper p = analyzer.analyze(Paper.of("p", "Evaluating Parsers on Zorbank",
        "We study parsers."));
    assertTrue(run(p, "We study parsers.", new ArrayList<>()).isEmpty());
  }

  @Test
  void aDictionaryNameWins() {
    String abs = "We evaluate on Quux Cloud and report accuracy.";
    AnalyzedPaper p = analyzer.analyze(Paper.of("p", "A title", abs));
    List<Candidate> out = new ArrayList<>();
    int at = abs.indexOf("Quux");
    out.add(Candidate.of(at, at + 4, false, EntityType.ORGANIZATION, 0.9, "dictionary"));
    assertFalse(run(p, abs, out).containsKey("Quux Cloud"));
  }

  @Test
  void runsAreBoundedToFourWords() {
    assertEquals(-1, EvaluationTargetSource.run(
        analyzer.analyze(Paper.of("p", "A title", "We evaluate on the data.")).sentences()
            .get(1), 3));
  }
}
