package org.papergraph.extract.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import org.junit.jupiter.api.Test;

/** Remembered tags of short windows equal the tagger's own answer, and callers get copies. */
class TagCacheTest {

  @Test
  void shortWindowsGetTheTaggersTags() throws Exception {
    TextAnalyzer analyzer = TextAnalyzer.load();
    ThreadSafePOSTaggerME reference = new ThreadSafePOSTaggerME(
        new POSModel(TextAnalyzer.open(TextAnalyzer.POS_MODEL, "pos")), POSTagFormat.UD);
    List<String[]> windows = List.of("to improve neural machine translation".split(" "),
        "iterative pseudo-labeling".split(" "), "the".split(" "),
        "We fine-tune models on MMLU and report accuracy .".split(" "),
        "open-vocabulary object detection".split(" "), "Run".split(" "));
    for (int round = 0; round < 3; round++) {
      for (String[] w : windows) {
        assertArrayEquals(reference.tag(w), analyzer.tag(w), String.join(" ", w));
      }
    }
    String[] first = analyzer.tag(windows.get(0));
    String expected = first[0];
    first[0] = "CHANGED";
    assertEquals(expected, analyzer.tag(windows.get(0))[0]);
  }
}
