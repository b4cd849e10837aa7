package org.papergraph.extract.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.papergraph.extract.text.TextAnalyzer;
import org.papergraph.ingest.Paper;

/** Family-version-size names on made-up text. */
class ModelShapeSourceTest {

  private static TextAnalyzer analyzer;

  @BeforeAll
  static void load() {
    analyzer = TextAnalyzer.load();
  }

  private static List<String> names(String title) {
    List<Candidate> out = new ArrayList<>();
    new ModelShapeSource().find(analyzer.analyze(Paper.of("p", title, "We study things.")), out);
    return out.stream().filter(Candidate::inTitle).map(c -> title.substring(c.start(), c.end()))
        .toList();
  }

  @Test
  void aFamilyWithASizeIsAModelButATitleVerbIsNoFamily() {
    assertEquals(List.of("Zorbo 7B", "Quux-2-13B"), names("Tuning Zorbo 7B and Quux-2-13B"));
    assertEquals(List.of("Ling 7B"), names("Ling 7B for Code"), "short names ending in -ing");
    assertEquals(List.of(), names("A Case Study on Improving 7B Language Models"));
  }
}
