package org.papergraph.extract.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.papergraph.extract.Dictionary;
import org.papergraph.extract.TestDictionaries;

class DictionaryMatcherTest {

  private final DictionaryMatcher matcher = new DictionaryMatcher(TestDictionaries.small());

  private List<String> found(String text) {
    return matcher.find(Pieces.split(text, 0, text.length())).stream()
        .map(m -> text.substring(m.start(), m.end())).toList();
  }

  /**
   * Sentence starts and titles capitalize ordinary words; a bundled benchmark whose folded name
   * spells one (MultiPL-E, ReCoRD, CAsT, TACoS) must not match them.
   */
  @Test
  void bundledNamesThatSpellEnglishWordsNeedTheirCase() {
    DictionaryMatcher bundled = new DictionaryMatcher(Dictionary.loadDefault());
    String text = "Multiple Record Cast Blend Juice Tacos Helmet Workbench Kits Hades Superglue "
        + "but MultiPL-E, ReCoRD and TACoS.";
    assertEquals(List.of("MultiPL-E", "ReCoRD", "TACoS"), bundled.find(
        Pieces.split(text, 0, text.length())).stream()
        .map(m -> text.substring(m.start(), m.end())).toList());
  }

  @Test
  void hyphenSpaceAndJoinedVariantsMatchAlike() {
    assertEquals(List.of("LLaMA 2", "Llama-2", "LLaMA2"), found("LLaMA 2 and Llama-2 or LLaMA2."));
  }

  @Test
  void typographicApostrophesMatchTheTypedOne() {
    DictionaryMatcher bundled = new DictionaryMatcher(Dictionary.loadDefault());
    String text = "on AIME \u201924 and AIME\u201925, then AIME'24.";
    assertEquals(List.of("AIME \u201924", "AIME\u201925", "AIME'24"), bundled.find(
        Pieces.split(text, 0, text.length())).stream()
        .map(m -> text.substring(m.start(), m.end())).toList());
  }

  @Test
  void longestMatchWins() {
    assertEquals(List.of("LLaMA-2-13B"), found("We tune LLaMA-2-13B here."));
  }

  @Test
  void shortAcronymsAndExactEntriesNeedTheirCase() {
    assertEquals(List.of("KD", "MoE"), found("KD with MoE, not kd or ppl"));
    assertEquals(List.of("Pile"), found("a pile of data from the Pile"));
  }

  @Test
  void aNameWithDigitsTypedInLowerCaseMatchesWhateverItsCase() {
    org.papergraph.extract.DictionaryEntry zorb = new org.papergraph.extract.DictionaryEntry(
        org.papergraph.extract.EntityType.BENCHMARK, "ZorbText-2", List.of(), null, null, false,
        "test");
    org.papergraph.extract.DictionaryEntry q4 = new org.papergraph.extract.DictionaryEntry(
        org.papergraph.extract.EntityType.BENCHMARK, "Q4RL", List.of(), null, null, true, "test");
    DictionaryMatcher m = new DictionaryMatcher(Dictionary.of(List.of(zorb, q4)));
    String text = "on zorbtext-2 and q4rl, not zorbtext or Q4rl";
    assertEquals(List.of("zorbtext-2", "q4rl"), m.find(Pieces.split(text, 0, text.length()))
        .stream().map(x -> text.substring(x.start(), x.end())).toList());
  }

  @Test
  void everySpellingOfAnExactEntryMatchesOnceAndOnlyInItsCase() {
    org.papergraph.extract.DictionaryEntry fid = new org.papergraph.extract.DictionaryEntry(
        org.papergraph.extract.EntityType.METRIC, "FID", List.of("Zorb Inception Distance",
        "Zorb inception distance"), null, null, true, "test");
    DictionaryMatcher m = new DictionaryMatcher(Dictionary.of(List.of(fid)));
    String text = "the Zorb inception distance, the Zorb Inception Distance, not zorb inception distance";
    List<DictionaryMatcher.Match> found = m.find(Pieces.split(text, 0, text.length()));
    assertEquals(List.of("Zorb inception distance", "Zorb Inception Distance"),
        found.stream().map(x -> text.substring(x.start(), x.end())).toList());
    assertEquals(List.of(1, 1), found.stream().map(x -> x.entries().size()).toList());
  }

  @Test
  void caseInsensitiveForOrdinaryNamesAndPluralsAllowed() {
    assertEquals(List.of("Knowledge Distillation", "transformers"),
        found("Knowledge Distillation for transformers"));
  }

  @Test
  void pluralsInIesMatchTheirSingular() {
    org.papergraph.extract.DictionaryEntry acc = new org.papergraph.extract.DictionaryEntry(
        org.papergraph.extract.EntityType.METRIC, "zorbacy", List.of(), null, null, false, "test");
    DictionaryMatcher m = new DictionaryMatcher(Dictionary.of(List.of(acc)));
    String text = "high zorbacies and a zorbacy";
    assertEquals(List.of("zorbacies", "zorbacy"), m.find(Pieces.split(text, 0, text.length()))
        .stream().map(x -> text.substring(x.start(), x.end())).toList());
  }

  @Test
  void matchesStopAtWordBoundaries() {
    assertEquals(List.of(), found("Mambas2 GPT-4o MGSMx"));
    assertEquals(List.of("Mamba"), found("Mamba-based models"));
  }

  @Test
  void emptyDictionaryFindsNothing() {
    DictionaryMatcher none = new DictionaryMatcher(Dictionary.of(List.of()));
    assertEquals(0, none.find(Pieces.split("GPT-4", 0, 5)).size());
  }

  @Test
  void isLowerAgreesWithLowerCasingTheText() {
    for (String t : List.of("", "bert", "BERT", "gpt-4", "Gpt-4", "x2014", "über", "Über",
        "straße", "İstanbul", "ΣΑΣ", "σας", "ǅ", "a\ud83d\ude00b", "mixed Case", "42%")) {
      assertEquals(t.equals(t.toLowerCase(java.util.Locale.ROOT)), DictionaryMatcher.isLower(t),
          t);
    }
    assertEquals(false, DictionaryMatcher.isLower("BERT"));
    assertEquals(true, DictionaryMatcher.isLower("bert"));
  }
}
