package org.papergraph.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

  private static TextAnalyzer analyzer;

  @BeforeAll
  static void load() {
    analyzer = TextAnalyzer.load();
  }

  private static List<String> sentences(String text) {
    return analyzer.analyze(text, false).stream().map(Sentence::text).toList();
  }

  @Test
  void anAbbreviationEndsNoSentence() {
    assertEquals(List.of("It wins on OpenI (AUC: 0.923 vs. 0.836).", "Next comes speed."),
        sentences("It wins on OpenI (AUC: 0.923 vs. 0.836). Next comes speed."));
    assertEquals(2, sentences("We beat the baselines. They lose.").size());
  }
}
