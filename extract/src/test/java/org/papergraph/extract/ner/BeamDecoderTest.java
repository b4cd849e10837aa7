package org.papergraph.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;
import org.papergraph.extract.eval.DailyPageReader;
import org.papergraph.extract.text.Sentence;
import org.papergraph.extract.text.TextAnalyzer;
import org.papergraph.extract.text.Token;
import org.papergraph.ingest.Paper;

/**
 * The fast decoder must give exactly what OpenNLP's NameFinderME gives: same spans, types and
 * probabilities, document by document (adaptive data included), on real abstracts.
 */
class BeamDecoderTest {

  private static List<List<String[]>> documents() throws Exception {
    Path sample = Path.of(BeamDecoderTest.class
        .getResource("/org/papergraph/extract/daily-papers-sample.txt").toURI());
    TextAnalyzer analyzer = TextAnalyzer.load();
    List<List<String[]>> docs = new ArrayList<>();
    for (Paper p : DailyPageReader.read(sample)) {
      for (boolean title : new boolean[] {true, false}) {
        List<String[]> doc = new ArrayList<>();
        for (Sentence s : analyzer.analyze(title ? p.title() : p.abstractText(), title)) {
          doc.add(s.tokens().stream().map(Token::text).toArray(String[]::new));
        }
        docs.add(doc);
      }
    }
    return docs;
  }

  private static int compare(TokenNameFinderModel model, List<List<String[]>> docs) {
    assertTrue(BeamDecoder.supports(model));
    StatisticalNameFinder reference = new StatisticalNameFinder(model, false);
    StatisticalNameFinder fast = new StatisticalNameFinder(model, true);
    int names = 0;
    for (int round = 0; round < 2; round++) {
      for (List<String[]> doc : docs) {
        List<List<TypedTokenSpan>> expected = reference.findInDocument(doc);
        List<List<TypedTokenSpan>> actual = fast.findInDocument(doc);
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
          List<TypedTokenSpan> e = expected.get(i);
          List<TypedTokenSpan> a = actual.get(i);
          assertEquals(e.size(), a.size(), () -> String.join(" ", doc.get(0)));
          for (int k = 0; k < e.size(); k++) {
            assertEquals(e.get(k).start(), a.get(k).start());
            assertEquals(e.get(k).end(), a.get(k).end());
            assertEquals(e.get(k).type(), a.get(k).type());
            assertEquals(e.get(k).probability(), a.get(k).probability(), 1e-12);
          }
          names += e.size();
        }
      }
    }
    return names;
  }

  @Test
  void bundledModelUsesCompiledFeatures() {
    assertTrue(new BeamDecoder(StatisticalNameFinder.bundledModel()).compiled(),
        "the committed model's features match CompiledFeatures on the probe text");
  }

  @Test
  void bundledModelGivesNameFinderMeAnswers() throws Exception {
    int names = compare(StatisticalNameFinder.bundledModel(), documents());
    assertTrue(names > 20, "the bundled model finds names in the sample, found " + names);
  }

  @Test
  void inlineModelGivesNameFinderMeAnswers() throws Exception {
    TokenNameFinderModel tiny =
        NameFinderTrainer.train(SyntheticCorpus.samples(), NameFinderTrainerTest.TINY);
    List<List<String[]>> docs = new ArrayList<>(documents());
    docs.add(List.of("We evaluate on the ZorbaQA dataset and report accuracy .".split(" "),
        "ZorbaQA is hard .".split(" ")));
    compare(tiny, docs);
  }

  @Test
  void rankGivesTheSortedValue() {
    java.util.Random random = new java.util.Random(7);
    double[] work = new double[9];
    for (int round = 0; round < 2_000; round++) {
      int k = 1 + random.nextInt(9);
      double[] values = new double[k];
      for (int o = 0; o < k; o++) {
        int pick = random.nextInt(6);
        values[o] = pick == 0 ? 0.0 : pick == 1 ? -0.0 : pick == 2 ? 0.25 : random.nextDouble();
      }
      double[] sorted = values.clone();
      java.util.Arrays.sort(sorted);
      for (int r = 0; r < k; r++) {
        assertEquals(Double.doubleToRawLongBits(sorted[r]),
            Double.doubleToRawLongBits(BeamDecoder.rank(values, work, k, r)));
      }
    }
  }
}
