package org.papergraph.extract.combine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.papergraph.extract.Entity;
import org.papergraph.extract.EntityType;
import org.papergraph.extract.Extraction;
import org.papergraph.extract.Pipeline;
import org.papergraph.extract.TestDictionaries;
import org.papergraph.ingest.Paper;

/** How the words around a name shape what the pipeline makes of it (made-up names). */
class NamingContextTest {

  private static Pipeline pipeline;

  @BeforeAll
  static void load() {
    pipeline = Pipeline.load(TestDictionaries.small());
  }

  private static Extraction extract(String title, String text) {
    return pipeline.extract(Paper.of("n", title, text));
  }

  private static Optional<Entity> named(Extraction x, String label) {
    return x.entities().stream().filter(e -> e.label().equals(label)).findFirst();
  }

  @Test
  void aCapitalizedTypeNounAfterABenchmarkIsAnAlternativeLabel() {
    Extraction x = extract("ZorbMark Benchmark: Testing Models on Zorbs",
        "We evaluate ten models on ZorbMark Benchmark and find that GPT-4 scores 61.2% accuracy"
            + " on ZorbMark.");
    Entity e = named(x, "ZorbMark").orElseThrow(() -> new AssertionError(x.entities()));
    assertEquals(EntityType.BENCHMARK, e.type());
    assertTrue(e.altLabels().contains("ZorbMark Benchmark"), e.toString());
    // a lower-case noun is a description, not part of the name
    Extraction y = extract("A title", "GPT-4 scores 61.2% accuracy on the QuuxMark benchmark.");
    named(y, "QuuxMark").ifPresent(q -> assertFalse(q.altLabels().contains("QuuxMark benchmark"),
        q.toString()));
  }

  @Test
  void anEmDashSeparatesNames() {
    Extraction x = extract("A title", "We benchmark four models—ZorbNet-7B, QuuxLM-2B and"
        + " FooGPT-1B—on MGSM.");
    List<String> labels = x.entities().stream().map(Entity::label).toList();
    assertTrue(labels.contains("ZorbNet-7B"), labels.toString());
    assertTrue(labels.contains("FooGPT-1B"), labels.toString());
    assertTrue(labels.stream().noneMatch(l -> l.contains("\u2014")), labels.toString());
    Extraction y = extract("A title", "We study ZorbNet-7B\u2019s and QuuxLM-2B's errors on MGSM.");
    List<String> possessed = y.entities().stream().map(Entity::label).toList();
    assertTrue(possessed.contains("ZorbNet-7B") && possessed.contains("QuuxLM-2B"),
        possessed.toString());
  }

  @Test
  void precisionAsANumberFormatIsNoMetric() {
    Pipeline full = Pipeline.load(); // the shipped dictionary, which knows the metric
    Extraction x = full.extract(Paper.of("n", "A title", "We quantize the model from full"
        + " precision to 4-bit precision and lower precision formats."));
    assertTrue(x.entities().stream().noneMatch(e -> e.type() == EntityType.METRIC),
        x.entities().toString());
    Extraction y = full.extract(Paper.of("n", "A title", "The detector reaches a precision of 0.91"
        + " at the same recall."));
    assertTrue(y.entities().stream().anyMatch(e -> e.type() == EntityType.METRIC
        && e.label().equalsIgnoreCase("precision")), y.entities().toString());
  }

  @Test
  void aHyphenatedAdjectiveIsNoName() {
    Extraction x = extract("A title", "This enables Web3-enabled LLMs and GPU-capable agents.");
    assertTrue(x.entities().stream().noneMatch(e -> e.label().endsWith("-enabled")
        || e.label().endsWith("-capable")), x.entities().toString());
  }

  @Test
  void categoriesAndBrokenWordsAreNoNames() {
    Extraction x = extract("A title", "Vision–Language–Action (VLA) models and vision-language (VL)"
        + " benchmarks use semantic IDs. Our feed- forward ZorbNet-7B model is fast.");
    List<String> labels = x.entities().stream().map(Entity::label).toList();
    assertTrue(labels.contains("ZorbNet-7B"), labels.toString());
    assertTrue(labels.stream().noneMatch(l -> l.endsWith("-") || l.equals("IDs")
        || l.toLowerCase(java.util.Locale.ROOT).startsWith("vision")), labels.toString());
  }

  @Test
  void theDictionaryTypeOfAKnownNameOutranksPatternVotes() {
    // "on GPT-4" in an evaluation sentence and a list with a benchmark would make it a benchmark
    Extraction x = extract("A title", "We evaluate attack success rates on GPT-4, MGSM and WMT14.");
    assertEquals(EntityType.MODEL, named(x, "GPT-4").orElseThrow().type(), x.entities().toString());
  }

  @Test
  void aLikeningSuffixIsNoMentionButUseIs() {
    Extraction x = extract("A title", "We train a GPT-4-style decoder and a LLaMA 2-based encoder.");
    List<String> labels = x.entities().stream().map(Entity::label).toList();
    assertFalse(labels.contains("GPT-4"), labels.toString());
    assertTrue(labels.contains("LLaMA 2"), labels.toString());
  }

  @Test
  void ordinaryCapitalizedNounsInAListAreNoNames() {
    Extraction x = extract("A title", "It handles tasks such as Judgement, Detection, MGSM and"
        + " ZorbQA.");
    List<String> labels = x.entities().stream().map(Entity::label).toList();
    assertTrue(labels.contains("ZorbQA"), labels.toString());
    assertFalse(labels.contains("Detection") || labels.contains("Judgement"), labels.toString());
  }

  @Test
  void aOneLetterPrefixOnACapitalizedWordIsAName() {
    assertTrue(org.papergraph.extract.pattern.NameShape.isNameLike("R-Path"));
    assertFalse(org.papergraph.extract.pattern.NameShape.isNameLike("Vision-Language"));
    assertFalse(org.papergraph.extract.pattern.NameShape.isNameLike("X-ray"));
  }

  @Test
  void anAcronymForAMeasureIsAMetric() {
    Extraction x = extract("A title", "The biased zorb error rate (B-ZER) drops and the quux"
        + " completion rate (QCR) rises, while the zorb inception distance (ZID) falls.");
    for (String name : List.of("biased zorb error rate", "quux completion rate",
        "zorb inception distance")) {
      assertEquals(EntityType.METRIC, named(x, name).orElseThrow(() -> new AssertionError(name
          + " in " + x.entities())).type());
    }
  }
}
