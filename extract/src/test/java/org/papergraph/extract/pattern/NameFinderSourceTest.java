package org.papergraph.extract.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.papergraph.extract.text.AnalyzedPaper;
import org.papergraph.extract.text.TextAnalyzer;
import org.papergraph.ingest.Paper;

class NameFinderSourceTest {

  private static TextAnalyzer analyzer;
  private static NameFinderSource source;

  @BeforeAll
  static void load() {
    analyzer = TextAnalyzer.load();
    source = NameFinderSource.bundled();
  }

  private static AnalyzedPaper paper(String title, String abs) {
    Paper p = Paper.of("p", title, abs);
    return analyzer.analyze(p);
  }

  private static final String ABSTRACT = "We study named entity recognition and machine"
      + " translation. Our model improves BLEU on WMT14 English-German and F1 on the"
      + " CoNLL-2003 dataset, and reaches 61.2% accuracy on GSM8K with LoRA.";

  @Test
  void candidatesAreCharacterSpansOfTheirFieldWithScaledConfidence() {
    AnalyzedPaper p = paper("Sentiment Analysis with Ünïcode “names”", ABSTRACT);
    List<Candidate> out = new ArrayList<>();
    source.find(p, out);
    assertFalse(out.isEmpty(), "the model finds names in a sentence full of them");
    for (Candidate c : out) {
      String field = p.field(c.inTitle());
      String text = field.substring(c.start(), c.end());
      assertEquals(text.strip(), text, "span " + c + " has no outer whitespace");
      assertTrue(c.confidence() > 0 && c.confidence() <= NameFinderSource.WEIGHT, c.toString());
      assertEquals(NameFinderSource.SOURCE, c.source());
      assertTrue(c.type() != null);
    }
    assertTrue(out.stream().anyMatch(c -> p.field(false).substring(c.start(), c.end())
        .contains("translation") || p.field(false).substring(c.start(), c.end())
        .contains("BLEU")), out.toString());
  }

  @Test
  void sameAnswersFromManyThreadsAndNoMemoryBetweenPapers() throws Exception {
    AnalyzedPaper p = paper("A title", ABSTRACT);
    List<Candidate> alone = new ArrayList<>();
    source.find(p, alone);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Candidate>>> runs = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        AnalyzedPaper other = paper("Other", "The SuperGLUE benchmark and ROUGE-L matter " + i
            + ".");
        runs.add(pool.submit(() -> {
          source.find(other, new ArrayList<>());
          List<Candidate> out = new ArrayList<>();
          source.find(p, out);
          return out;
        }));
      }
      for (Future<List<Candidate>> f : runs) {
        assertEquals(alone, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void emptyAndHugeInputsAreFine() {
    List<Candidate> out = new ArrayList<>();
    source.find(paper("", ""), out);
    assertTrue(out.isEmpty());
    String huge = "word ".repeat(1500) + "on GSM8K.";
    source.find(paper("T", huge), out);
    for (Candidate c : out) {
      assertTrue(c.end() <= huge.length());
    }
  }
}
