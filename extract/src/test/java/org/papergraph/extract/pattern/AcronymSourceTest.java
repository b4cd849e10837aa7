package org.papergraph.extract.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.papergraph.extract.text.TextAnalyzer;
import org.papergraph.ingest.Paper;

/** Made-up definitions: which long form each short form gets. */
class AcronymSourceTest {

  private static TextAnalyzer analyzer;

  @BeforeAll
  static void load() {
    analyzer = TextAnalyzer.load();
  }

  /** The long forms found, in text order. */
  private static List<String> longForms(String abs) {
    Paper p = Paper.of("p", "A title", abs);
    List<Candidate> out = new ArrayList<>();
    new AcronymSource().find(analyzer.analyze(p), out);
    // a long form's link is its short form, which has no space
    return out.stream().filter(c -> !c.link().contains(" "))
        .map(c -> abs.substring(c.start(), c.end())).toList();
  }

  @Test
  void aLongFormEndsRightBeforeItsParenthesis() {
    assertEquals(List.of("wombat sequence alignment"),
        longForms("We propose wombat sequence alignment (WSA) for proteins."));
  }

  @Test
  void aLongFormNeverReachesBackOverAnEarlierDefinition() {
    // "QuoCustom" spells no words before it up to "QuoOpt)": it gets no long form
    assertEquals(List.of("quokka editing", "quokka optimization"),
        longForms("It has three tasks: quokka editing (QuoEdit), quokka optimization (QuoOpt),"
            + " and customized quokka generation (QuoCustom), each probing one skill."));
  }

  @Test
  void aNameInCapitalsDoesNotBorrowLettersFromTheWordsBeforeIt() {
    assertEquals(List.of(), longForms("We extend ZELM to VLMs to present the Holistic Wombat of"
        + " Quokka Language Models (VHWLM)."));
    assertEquals(List.of("Holistic Wombat of Quokka Language Models"), longForms("We extend ZELM"
        + " to present the Holistic Wombat of Quokka Language Models (HWQLM)."));
    assertEquals(List.of("reinforcement learning from wombat feedback"),
        longForms("We use reinforcement learning from wombat feedback (RLWF)."));
  }
}
