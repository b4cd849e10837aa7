package org.papergraph.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.extract.Entity;
import org.papergraph.extract.EntityType;
import org.papergraph.extract.Extraction;
import org.papergraph.extract.ResultFact;
import org.papergraph.extract.Span;
import org.papergraph.ingest.Paper;

class ScorerTest {

  private static final String LINE = "{\"id\":\"g1\",\"title\":\"Sparse Adapters: A Study\","
      + "\"entities\":["
      + "{\"type\":\"Method\",\"name\":\"low-rank adaptation\",\"aliases\":[\"LoRA\"]},"
      + "{\"type\":\"Benchmark\",\"name\":\"MGSM\",\"aliases\":[]},"
      + "{\"type\":\"Metric\",\"name\":\"accuracy\",\"aliases\":[]},"
      + "{\"type\":\"Method\",\"name\":\"fine-tuning\",\"aliases\":[],\"optional\":true},"
      + "{\"type\":\"Language\",\"name\":\"Swahili\",\"aliases\":[]}],"
      + "\"proposes\":[],\"code\":[\"https://github.com/x/y\"],"
      + "\"results\":[{\"subject\":null,\"benchmark\":\"MGSM\",\"metric\":\"accuracy\","
      + "\"value\":\"61.2\",\"unit\":\"%\",\"relative\":false}],\"sizes\":[]}";

  private static Entity e(String key, EntityType t, String label, String... alt) {
    return new Entity(key, t, label, List.of(alt), null, null, List.of());
  }

  private static Extraction prediction() {
    Paper p = Paper.of("p1", "sparse adapters - a study", "text");
    List<Entity> entities = List.of(
        e("method/lora", EntityType.METHOD, "LoRA"),
        e("dataset/mgsm", EntityType.DATASET, "MGSM"),
        e("metric/accuracy", EntityType.METRIC, "Accuracy"),
        e("method/fine-tuning", EntityType.METHOD, "finetuning"),
        e("model/gpt-4", EntityType.MODEL, "GPT-4"));
    Span s = new Span(0, 4, false);
    List<ResultFact> results = List.of(
        new ResultFact(null, "dataset/mgsm", null, new BigDecimal("61.20"), "61.20%", "%", false,
            0.5, s),
        new ResultFact(null, null, null, new BigDecimal("3"), "3x", "x", true, 0.5, s));
    return new Extraction(p, List.of(s), entities, List.of(), Set.of(), results, List.of(),
        List.of("https://github.com/x/y", "https://github.com/x/z"));
  }

  @Test
  void scoresStrictLenientResultsAndCode(@TempDir Path dir) throws Exception {
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, LINE + "\n");
    EvaluationReport r = new Scorer().score(GoldFile.read(gold), List.of(prediction()));
    assertEquals(new Score(1, 0, 0), r.strict().get("Method"));
    assertEquals(new Score(0, 1, 0), r.strict().get("Dataset"));
    assertEquals(new Score(0, 0, 1), r.strict().get("Benchmark"));
    assertEquals(new Score(1, 0, 0), r.lenient().get(Scorer.LENIENT_BENCHMARK));
    assertEquals(new Score(0, 1, 0), r.strict().get("Model"));
    assertEquals(new Score(0, 0, 1), r.strict().get("Language"));
    assertEquals(new Score(2, 2, 2), r.strictOverall());
    assertEquals(new Score(3, 1, 1), r.lenientOverall());
    assertEquals(new Score(1, 1, 0), r.results());
    assertEquals(new Score(1, 1, 0), r.code());
    String errors = r.errorsText();
    assertTrue(errors.contains("FP Model \"GPT-4\""), errors);
    assertTrue(errors.contains("FN Language \"Swahili\""), errors);
    assertFalse(errors.contains("fine"), "optional entities are never errors");
    String text = r.toText();
    assertTrue(text.contains("n/a") || !text.contains("-1"));
    assertFalse(text.contains("-1"));
    assertTrue(r.toJson().contains("\"overall\""));
  }

  @Test
  void aGoldRangeMatchesTheSameRangeAsWritten() {
    Span s = new Span(0, 4, false);
    ResultFact range = new ResultFact(null, null, null, new BigDecimal("45"), "45\u201363%", "%",
        false, 0.5, s);
    assertTrue(Scorer.sameValue(range, "45-63"));
    assertTrue(Scorer.sameValue(range, "45 \u2013 63"));
    assertFalse(Scorer.sameValue(range, "45-64"));
    assertTrue(Scorer.sameValue(range, "45"), "a number matches the value");
  }

  @Test
  void undefinedRatiosAreNullNotMinusOne() {
    Score none = new Score(0, 0, 0);
    assertEquals(null, none.precision());
    assertEquals(null, none.f1());
    assertEquals(0.0, new Score(0, 2, 3).f1());
  }

  @Test
  void missingPaperCountsAsFalseNegatives(@TempDir Path dir) throws Exception {
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, LINE + "\n");
    EvaluationReport r = new Scorer().score(GoldFile.read(gold), List.of());
    assertEquals(new Score(0, 0, 4), r.strictOverall());
    assertEquals(1, r.warnings().size());
  }

  @Test
  void badGoldLinesNameFileLineAndField(@TempDir Path dir) throws Exception {
    Path gold = dir.resolve("g.jsonl");
    Files.writeString(gold, LINE + "\n\n{\"title\":\"x\",\"entities\":[{\"type\":\"Gadget\","
        + "\"name\":\"y\"}]}\n");
    GoldFile.GoldFormatException e = assertThrows(GoldFile.GoldFormatException.class,
        () -> GoldFile.read(gold));
    assertTrue(e.getMessage().startsWith(gold + ":3: entities[0].type: unknown entity type"),
        e.getMessage());
    Files.writeString(gold, "{\"entities\":[]}\n");
    e = assertThrows(GoldFile.GoldFormatException.class, () -> GoldFile.read(gold));
    assertEquals(gold + ":1.title: required field is missing", e.getMessage());
    Files.writeString(gold, "{not json\n");
    e = assertThrows(GoldFile.GoldFormatException.class, () -> GoldFile.read(gold));
    assertTrue(e.getMessage().startsWith(gold + ":1: not valid JSON"));
  }

  @Test
  void splitKeepsEveryThirdLineHeldOut() {
    assertTrue(Split.HELDOUT.contains(3) && Split.HELDOUT.contains(6));
    assertFalse(Split.HELDOUT.contains(4));
    assertTrue(Split.TUNED.contains(1) && !Split.TUNED.contains(9));
    assertEquals(Split.HELDOUT, Split.parse("held-out"));
    assertThrows(IllegalArgumentException.class, () -> Split.parse("dev"));
  }
}
