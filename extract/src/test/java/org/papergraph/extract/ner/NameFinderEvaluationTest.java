package org.papergraph.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class NameFinderEvaluationTest {

  /** Answers from a script, one sentence per call; records when adaptive data is cleared. */
  private static final class Scripted implements TokenNameFinder {
    private final List<Span[]> answers;
    private final List<Integer> clearedBefore = new ArrayList<>();
    private int calls;

    Scripted(List<Span[]> answers) {
      this.answers = answers;
    }

    @Override
    public Span[] find(String[] tokens) {
      return answers.get(calls++);
    }

    @Override
    public void clearAdaptiveData() {
      clearedBefore.add(calls);
    }
  }

  private static NameSample sample(boolean newDocument, Span... names) {
    return new NameSample(new String[] {"a", "b", "c", "d", "e"}, names, newDocument);
  }

  @Test
  void countsExactSpanAndTypeMatchesPerType() {
    List<NameSample> gold = List.of(
        sample(true, new Span(0, 2, "TASK"), new Span(3, 4, "METRIC")),
        sample(false, new Span(1, 3, "DATASET")),
        sample(true));
    Scripted finder = new Scripted(List.of(
        new Span[] {new Span(0, 2, "TASK", 0.9), new Span(3, 4, "DATASET")},
        new Span[] {new Span(1, 2, "DATASET")},
        new Span[] {new Span(4, 5, "TASK")}));

    EvaluationResult result = NameFinderEvaluation.evaluate(finder, gold);

    assertEquals(List.of(new TypeCounts("DATASET", 0, 2, 1), new TypeCounts("METRIC", 0, 0, 1),
        new TypeCounts("TASK", 1, 1, 0)), result.perType());
    assertEquals(new TypeCounts("ALL", 1, 3, 2), result.overall());
    assertEquals(3, result.sentences());
    assertEquals(List.of(0, 2, 3), finder.clearedBefore, "at each new document and at the end");
  }

  @Test
  void undefinedScoresAreZeroNeverNegative() {
    TypeCounts nothingPredicted = new TypeCounts("METRIC", 0, 0, 4);
    assertEquals(0.0, nothingPredicted.precision());
    assertEquals(0.0, nothingPredicted.recall());
    assertEquals(0.0, nothingPredicted.f1());
    TypeCounts some = new TypeCounts("TASK", 3, 1, 3);
    assertEquals(0.75, some.precision(), 1e-12);
    assertEquals(0.5, some.recall(), 1e-12);
    assertEquals(0.6, some.f1(), 1e-12);
  }

  @Test
  void tableUsesRootLocaleWhateverTheDefault() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      EvaluationResult result = new EvaluationResult(1,
          List.of(new TypeCounts("TASK", 3, 1, 3)), new TypeCounts("ALL", 3, 1, 3));
      String table = result.toTable();
      assertTrue(table.contains("| TASK | 0.750 | 0.500 | 0.600 | 3 | 1 | 3 |"), table);
      assertTrue(table.contains("| ALL | 0.750 |"), table);
    } finally {
      Locale.setDefault(saved);
    }
  }
}
