package org.papergraph.extract.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.papergraph.extract.eval.DailyPageReader;
import org.papergraph.ingest.Paper;

/** The cache must give exactly the spans of the OpenNLP tokenizer it wraps, on any text. */
class TokenCacheTest {

  private static ThreadSafeTokenizerME tokenizer() throws Exception {
    return new ThreadSafeTokenizerME(TextAnalyzer.alphaNumericOptimized(new TokenizerModel(
        TextAnalyzer.open(TextAnalyzer.TOKEN_MODEL, "tokenizer"))));
  }

  private static List<String> texts() throws Exception {
    List<String> texts = new ArrayList<>(List.of(
        "We fine-tune Llama-2-7B (and GPT-4) on MMLU, GSM8K; reaching 61.2% accuracy.",
        "  Leading and trailing   spaces\tand\ttabs\nand newlines  ",
        "Unicode: Über-große Modelle, ÉCOLE\u00a0nbsp, e.g. i.e. “quotes” — dashes… 3.5x",
        "LaTeX $\\mathcal{O}(n^2)$ and \\textbf{bold}, {braces}; https://github.com/x/y.",
        "A", "", " ", "x.", "(a)", "U.S.A. Dr. Smith's model's 1,000,000 tokens.",
        "emoji \ud83d\ude00 surrogate\ud83d\ude00pairs and CJK 中文字符, done."));
    Path sample = Path.of(TokenCacheTest.class
        .getResource("/org/papergraph/extract/daily-papers-sample.txt").toURI());
    for (Paper p : DailyPageReader.read(sample)) {
      texts.add(p.title());
      texts.add(p.abstractText());
    }
    return texts;
  }

  @Test
  void givesTheTokenizersSpansOnRealAndOddText() throws Exception {
    ThreadSafeTokenizerME reference = tokenizer();
    TokenCache cache = new TokenCache(tokenizer());
    List<String> texts = texts();
    int tokens = 0;
    for (int round = 0; round < 2; round++) {
      for (String text : texts) {
        Span[] expected = reference.tokenizePos(text);
        Span[] actual = cache.tokenizePos(text);
        assertArrayEquals(starts(expected), starts(actual), text);
        assertArrayEquals(ends(expected), ends(actual), text);
        tokens += expected.length;
      }
    }
    assertTrue(tokens > 5_000, "the sample has real abstracts: " + tokens);
    assertTrue(cache.size() > 100 && cache.size() < tokens / 2,
        "chunks repeat, so the cache holds fewer chunks than tokens: " + cache.size());
  }

  @Test
  void splitsPunctuationOffWords() throws Exception {
    TokenCache cache = new TokenCache(tokenizer());
    String text = "on MMLU, (GPT-4) reaches 61.2%.";
    List<String> words = new ArrayList<>();
    for (Span s : cache.tokenizePos(text)) {
      words.add(text.substring(s.getStart(), s.getEnd()));
    }
    assertTrue(words.contains("MMLU") && words.contains(","), words.toString());
    assertEquals(".", words.get(words.size() - 1));
  }

  private static int[] starts(Span[] spans) {
    int[] out = new int[spans.length];
    for (int i = 0; i < spans.length; i++) {
      out[i] = spans[i].getStart();
    }
    return out;
  }

  private static int[] ends(Span[] spans) {
    int[] out = new int[spans.length];
    for (int i = 0; i < spans.length; i++) {
      out[i] = spans[i].getEnd();
    }
    return out;
  }
}
