package org.papergraph.extract.ner.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The prefix set must answer exactly what a sorted-set ceiling search answers. */
class LexiconPrefixTest {

  private static final List<String> NAMES = List.of("ImageNet", "ImageNet dataset", "Llama-2",
      "BLEU", "GSM8K", "Über-Modell", "a", "ab", "abc", "x\ud83d\ude00y");

  private static boolean byCeiling(TreeSet<String> keys, String prefix) {
    String next = keys.ceiling(prefix);
    return next != null && next.startsWith(prefix);
  }

  @Test
  void prefixSetAgreesWithCeilingSearch() {
    Lexicon lexicon = Lexicon.of(NAMES);
    TreeSet<String> keys = new TreeSet<>();
    NAMES.forEach(n -> keys.add(Lexicon.normalize(n)));
    List<String> probes = new java.util.ArrayList<>(List.of("", "i", "im", "imagenet",
        "imagenetd", "imagenetdataset", "imagenetdatasets", "llama", "llama2", "llama3", "b",
        "bleu", "bleus", "z", "über", "ubermodell", "abcd", "x", "x\ud83d", "x\ud83d\ude00y"));
    for (String key : keys) {
      for (int end = 0; end <= key.length(); end++) {
        probes.add(key.substring(0, end));
        probes.add(key.substring(0, end) + "q");
      }
    }
    int yes = 0;
    for (String p : probes) {
      assertEquals(byCeiling(keys, p), lexicon.hasKeyStartingWith(p), p);
      yes += lexicon.hasKeyStartingWith(p) ? 1 : 0;
    }
    assertTrue(yes > 20 && yes < probes.size(), "both answers occur: " + yes);
  }

  @Test
  void emptyLexiconHasNoPrefixes() {
    assertFalse(Lexicon.empty().hasKeyStartingWith(""));
    assertFalse(Lexicon.empty().hasKeyStartingWith("a"));
    assertTrue(Lexicon.of(List.of("a")).hasKeyStartingWith(""));
  }
}
