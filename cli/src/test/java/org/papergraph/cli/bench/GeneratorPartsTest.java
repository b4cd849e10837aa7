package org.papergraph.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.papergraph.cli.bench.Lexicon.Type;

class GeneratorPartsTest {

  @Test
  void coinedNamesAreDistinct() {
    Set<String> seen = new HashSet<>();
    for (long i = 0; i < 200_000; i++) {
      assertTrue(seen.add(CoinedNames.of(i)), "repeated name at " + i + ": " + CoinedNames.of(i));
    }
    assertThrows(IllegalArgumentException.class, () -> CoinedNames.of(-1));
  }

  @Test
  void lexiconHasEveryTypeAndPicksDictionaryNames() {
    Lexicon lexicon = Lexicon.load();
    SplittableRandom rnd = new SplittableRandom(1);
    for (Type t : Type.values()) {
      assertTrue(lexicon.size(t) > 10, t + " has " + lexicon.size(t) + " entries");
      String name = lexicon.pick(t, rnd);
      assertTrue(!name.isBlank() && !name.startsWith("#") && !name.contains("\t"), name);
    }
  }

  @Test
  void abstractsNameThingsFromTheDictionaryAndTheProposal() {
    CorpusGenerator g = new CorpusGenerator(Lexicon.load(), 9);
    SyntheticPaper p = g.paper(12);
    String name = CoinedNames.of(12);
    assertTrue(p.title().contains(name), p.title());
    assertTrue(p.abstractText().contains(name), p.abstractText());
    assertEquals(p, g.paper(12));
  }

  @Test
  void sentenceCaseLeavesMixedCaseNamesAlone() {
    assertEquals("Machine translation is hard.",
        CorpusGenerator.sentenceCase("machine translation is hard."));
    assertEquals("mT5 is a model.", CorpusGenerator.sentenceCase("mT5 is a model."));
  }

  @Test
  void wordsCountsWhitespaceSeparatedTokens() {
    assertEquals(0, CorpusGenerator.words("  "));
    assertEquals(3, CorpusGenerator.words(" a  b\tc "));
  }
}
