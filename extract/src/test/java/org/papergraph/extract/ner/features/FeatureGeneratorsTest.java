package org.papergraph.extract.ner.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import org.junit.jupiter.api.Test;

class FeatureGeneratorsTest {

  private static final String[] SENTENCE =
      "We fine-tune BERT-base on the ImageNet dataset".split(" ");

  private static List<String> features(AdaptiveFeatureGenerator generator, String[] tokens, int i) {
    List<String> features = new ArrayList<>();
    generator.createFeatures(features, tokens, i, new String[tokens.length]);
    return features;
  }

  @Test
  void wordShapeGivesTheTokenAndItsNeighbours() {
    List<String> f = features(new WordShapeFeatureGenerator(1), SENTENCE, 2);
    assertEquals(List.of("sh=X-x", "shl=XXXX-xxxx", "sh-1=x-x", "sh+1=x"), f);
    assertEquals(List.of("sh=Xx", "shl=Xx", "sh+1=x-x"),
        features(new WordShapeFeatureGenerator(1), SENTENCE, 0));
  }

  @Test
  void affixesAreLowerCasedAndNeverLongerThanTheToken() {
    List<String> f = features(new AffixFeatureGenerator(3, 4), SENTENCE, 5);
    assertEquals(List.of("pre1=i", "pre2=im", "pre3=ima", "suf1=t", "suf2=et", "suf3=net",
        "suf4=enet"), f);
    assertEquals(List.of("pre1=o", "pre2=on", "suf1=n", "suf2=on"),
        features(new AffixFeatureGenerator(3, 4), SENTENCE, 3));
  }

  @Test
  void affixesCountCodePointsNotChars() {
    String[] tokens = {"𝔸𝔹"};
    List<String> f = features(new AffixFeatureGenerator(1, 1), tokens, 0);
    assertEquals(List.of("pre1=𝔸", "suf1=𝔹"), f);
  }

  @Test
  void neighbourWordsGiveDirectionalBagsWithinTheWindow() {
    List<String> f = features(new NeighbourWordsFeatureGenerator(2), SENTENCE, 5);
    assertEquals(List.of("lw=on", "lw=the", "rw=dataset"), f);
    assertEquals(List.of("rw=fine-tune", "rw=bert-base"),
        features(new NeighbourWordsFeatureGenerator(2), SENTENCE, 0));
  }

  @Test
  void lexiconMarksTheLongestMatchAcrossSpellings() {
    Lexicon lexicon = Lexicon.of(List.of("ImageNet", "ImageNet dataset", "Llama-2", "BLEU"));
    LexiconFeatureGenerator generator = new LexiconFeatureGenerator(lexicon, 6);
    assertArrayEquals(new String[] {null, null, null, null, null, "B", "I"},
        generator.tag(SENTENCE));
    String[] split = {"we", "use", "LLAMA", "-", "2", "and", "-", "bleu"};
    assertArrayEquals(new String[] {null, null, "B", "I", "I", null, null, "B"},
        generator.tag(split));
    assertEquals(List.of("lex=B"), features(generator, split, 2));
    assertEquals(List.of(), features(generator, split, 1));
  }

  @Test
  void lexiconRespectsMaxTokens() {
    Lexicon lexicon = Lexicon.of(List.of("ImageNet dataset"));
    assertArrayEquals(new String[SENTENCE.length],
        new LexiconFeatureGenerator(lexicon, 1).tag(SENTENCE));
  }

  @Test
  void lexiconSurvivesItsByteForm() {
    Lexicon lexicon = Lexicon.of(List.of("LLaMA 2", "Ünïcode Set", "  "));
    Lexicon copy = Lexicon.fromBytes(lexicon.toBytes());
    assertEquals(2, copy.size());
    assertTrue(copy.test("llama-2"));
    assertTrue(copy.test("ÜNÏCODE_SET"));
    assertFalse(copy.test("llama 3"));
  }
}
