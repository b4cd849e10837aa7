package org.papergraph.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;
import org.papergraph.extract.ner.features.Lexicon;

class NameFinderTrainerTest {

  static final TrainingConfig TINY = TrainingConfig.defaults().withIterations(100).withCutoff(0)
      .withHeldOutEvery(0);

  private static String[] tokens(String sentence) {
    return sentence.split(" ");
  }

  static TokenNameFinderModel roundTrip(TokenNameFinderModel model) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.serialize(bytes);
    return new TokenNameFinderModel(new ByteArrayInputStream(bytes.toByteArray()));
  }

  @Test
  void findsAnUnseenNameOfASeenShapeAfterSavingAndLoading() throws IOException {
    TokenNameFinderModel model = roundTrip(
        NameFinderTrainer.train(SyntheticCorpus.samples(), TINY));
    StatisticalNameFinder finder = new StatisticalNameFinder(model);

    List<TypedTokenSpan> found = finder.find(tokens("We evaluate our model on the ZorbaQA dataset ."));
    assertEquals(1, found.size(), found.toString());
    TypedTokenSpan name = found.get(0);
    assertEquals(6, name.start());
    assertEquals(7, name.end());
    assertEquals("DATASET", name.type());
    assertTrue(name.probability() > 0.5 && name.probability() <= 1.0, name.toString());

    assertEquals(List.of(), finder.find(tokens("We thank the anonymous reviewers .")));
  }

  @Test
  void sameDataSameConfigGivesTheSameAnswers() throws IOException {
    List<NameSample> samples = SyntheticCorpus.samples();
    StatisticalNameFinder first = new StatisticalNameFinder(NameFinderTrainer.train(samples, TINY));
    StatisticalNameFinder second = new StatisticalNameFinder(NameFinderTrainer.train(samples, TINY));
    for (String s : List.of("Results on BrandNewQA show large gains .",
        "We report accuracy and recall .", "The QA dataset is new .")) {
      assertEquals(first.find(tokens(s)), second.find(tokens(s)), s);
    }
  }

  @Test
  void perceptronAlsoLearnsTheShape() throws IOException {
    TrainingConfig perceptron = TINY.withAlgorithm(TrainingConfig.Algorithm.PERCEPTRON);
    StatisticalNameFinder finder = new StatisticalNameFinder(
        NameFinderTrainer.train(SyntheticCorpus.samples(), perceptron));
    List<TypedTokenSpan> found = finder.find(tokens("Results on ZorbaQA show large gains ."));
    assertEquals(List.of("DATASET@2"), found.stream().map(n -> n.type() + "@" + n.start()).toList());
  }

  /**
   * Made-up lower-case words of one length, shape, prefix and suffix ({@code comibaify}), so that
   * only the word itself (seen once, dropped by the cutoff) and lexicon membership tell them apart.
   */
  private static List<String> madeUpWords() {
    List<String> syllables = List.of("ba", "ko", "mi", "ru", "te", "zo", "fu");
    List<String> words = new ArrayList<>();
    for (String a : syllables) {
      for (String b : syllables) {
        words.add("com" + a + b + "tify");
      }
    }
    return words;
  }

  @Test
  void theLexiconTravelsInTheModelAndDrivesMembershipFeatures() throws IOException {
    List<String> words = madeUpWords();
    List<String> known = new ArrayList<>();
    List<NameSample> samples = new ArrayList<>();
    for (int i = 0; i < words.size() - 2; i++) {
      String word = words.get(i);
      boolean inLexicon = i % 2 == 0;
      if (inLexicon) {
        known.add(word);
      }
      String template = i % 4 < 2 ? "We apply %s to the data ." : "Then %s is run twice .";
      samples.add(SyntheticCorpus.parse(String.format(template,
          inLexicon ? "[METHOD " + word + "]" : word)));
    }
    String heldOutKnown = words.get(words.size() - 2);
    known.add(heldOutKnown);
    String heldOutUnknown = words.get(words.size() - 1);
    // cutoff 2 drops the once-seen word features, as it would on real data; without it maxent
    // memorises each training word and leaves little weight to lexicon membership
    TrainingConfig config = TINY.withCutoff(2);
    StatisticalNameFinder finder = new StatisticalNameFinder(roundTrip(
        NameFinderTrainer.train(samples, config.withLexicon(Lexicon.of(known)))));
    String[] knownSentence = tokens("We apply " + heldOutKnown + " to the data .");

    assertEquals(List.of("METHOD@2"),
        finder.find(knownSentence).stream().map(n -> n.type() + "@" + n.start()).toList());
    assertEquals(List.of(), finder.find(tokens("We apply " + heldOutUnknown + " to the data .")));

    StatisticalNameFinder withoutLexicon =
        new StatisticalNameFinder(NameFinderTrainer.train(samples, config));
    assertEquals(withoutLexicon.find(knownSentence),
        withoutLexicon.find(tokens("We apply " + heldOutUnknown + " to the data .")),
        "without the lexicon the two held-out words look the same");
  }

  @Test
  void emptyTrainingSetIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> NameFinderTrainer.train(List.of(), TINY));
    assertEquals("no training sentences", e.getMessage());
  }
}
