package org.papergraph.extract.ner;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.util.Span;

/**
 * Scores a name finder against gold {@link NameSample}s by exact token span and type, per type
 * with raw counts. Adaptive data is cleared wherever a sample says a new document starts.
 */
public final class NameFinderEvaluation {

  private static final String OVERALL = "ALL";

  private NameFinderEvaluation() {}

  public static EvaluationResult evaluate(TokenNameFinder finder, List<NameSample> gold) {
    TreeMap<String, TypeCounts> counts = new TreeMap<>();
    for (NameSample sample : gold) {
      if (sample.isClearAdaptiveDataSet()) {
        finder.clearAdaptiveData();
      }
      count(counts, sample.getNames(), finder.find(sample.getSentence()));
    }
    finder.clearAdaptiveData();
    TypeCounts overall = counts.values().stream()
        .reduce(new TypeCounts(OVERALL, 0, 0, 0), TypeCounts::plus);
    return new EvaluationResult(gold.size(), List.copyOf(counts.values()), overall);
  }

  static void count(TreeMap<String, TypeCounts> counts, Span[] gold, Span[] predicted) {
    Set<Name> goldSet = names(gold);
    Set<Name> predictedSet = names(predicted);
    for (Name p : predictedSet) {
      boolean hit = goldSet.contains(p);
      add(counts, p.type(), hit ? 1 : 0, hit ? 0 : 1, 0);
    }
    for (Name g : goldSet) {
      if (!predictedSet.contains(g)) {
        add(counts, g.type(), 0, 0, 1);
      }
    }
  }

  /** Token range and type only; OpenNLP spans also carry a probability. */
  private record Name(int start, int end, String type) {}

  private static Set<Name> names(Span[] spans) {
    Set<Name> names = new HashSet<>();
    Arrays.stream(spans).forEach(s -> names.add(new Name(s.getStart(), s.getEnd(), s.getType())));
    return names;
  }

  private static void add(TreeMap<String, TypeCounts> counts, String type, int tp, int fp, int fn) {
    counts.merge(type, new TypeCounts(type, tp, fp, fn), TypeCounts::plus);
  }
}
