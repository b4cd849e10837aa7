package org.papergraph.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.papergraph.ingest.Paper;

class GoldSpansTest {

  private static GoldPaper gold(int line, String title, GoldPaper.GoldEntity... entities) {
    return new GoldPaper(line, "g" + line, title, List.of(entities), List.of(), List.of(),
        List.of());
  }

  private static GoldPaper.GoldEntity entity(String type, String name, String... aliases) {
    return new GoldPaper.GoldEntity(type, name, List.of(aliases), false);
  }

  @Test
  void everyWholeWordOccurrenceOfNameAndAliasBecomesASpan() {
    String abs = "Mixture of experts (MoE) scales. A mixture of experts differs from moe-lite; "
        + "MoEs and MoE help.";
    GoldPaper g = gold(1, "T", entity("Method", "mixture of experts", "MoE"));
    GoldSpans.Text t = GoldSpans.spans(abs, g);
    List<String> found = t.spans().stream().map(s -> abs.substring(s.start(), s.end())).toList();
    // multi-word names match in any case; the one-word alias MoE only in its own case and never
    // inside a longer word (MoEs) or as "moe-lite".
    assertEquals(List.of("Mixture of experts", "mixture of experts", "MoE", "MoE"), found);
    assertTrue(t.spans().stream().allMatch(s -> s.type().equals("Method")));
  }

  @Test
  void heldOutLinesAreNeverUsed() {
    List<Paper> papers = List.of(Paper.of("a", "Paper One", "We train GPT-4 here."),
        Paper.of("b", "Paper Two", "GPT-4 again."), Paper.of("c", "Paper Three", "GPT-4 too."));
    List<GoldPaper> golds = List.of(gold(1, "Paper One", entity("Model", "GPT-4")),
        gold(2, "Paper two", entity("Model", "GPT-4")),
        gold(3, "Paper Three", entity("Model", "GPT-4")));
    GoldSpans.Conversion c = GoldSpans.tuned(golds, papers);
    assertEquals(2, c.stats().papers(), "line 3 is held out");
    assertEquals(2, c.stats().spans());
    assertTrue(c.texts().stream().noneMatch(t -> t.text().contains("too")));
  }

  @Test
  void goldNamesMissingFromTheTextAreCounted() {
    GoldSpans.Conversion c = GoldSpans.tuned(
        List.of(gold(1, "X", entity("Benchmark", "MMLU"), entity("Metric", "accuracy"))),
        List.of(Paper.of("x", "X", "Accuracy is reported.")));
    assertEquals(1, c.stats().unfound());
    assertEquals(1, c.stats().spans());
  }
}
