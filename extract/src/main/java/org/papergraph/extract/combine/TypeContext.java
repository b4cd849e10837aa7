package org.papergraph.extract.combine;

import java.util.Locale;
import org.papergraph.extract.EntityType;
import org.papergraph.extract.pattern.Candidate;
import org.papergraph.extract.text.AnalyzedPaper;
import org.papergraph.extract.text.Sentence;

/**
 * Sentence context that separates a Benchmark (models are scored on it) from a Dataset (used or
 * released as data). The guide says: when it is both, Benchmark.
 */
final class TypeContext {

  private static final String[] TRAINING = {"train", "pretrain", "pre-train", "corpus", "corpora",
      "fine-tun", "finetun", "collect", "curate", "release", "data mixture", "tokens of"};
  private static final String[] EVALUATION = {"evaluat", "benchmark", "achiev", "outperform",
      "accuracy", "score", "state-of-the-art", "results on", "test", "perform", "perplexity",
      "ppl", "within", "match", "better", "lower", "higher", "%", "surpass", "exceed"};

  EntityType benchmarkOrDataset(AnalyzedPaper paper, Candidate c) {
    Sentence s = paper.sentenceAt(c.inTitle(), c.start());
    if (s == null) {
      return EntityType.BENCHMARK;
    }
    String text = s.text().toLowerCase(Locale.ROOT);
    boolean training = containsAny(text, TRAINING);
    boolean evaluation = containsAny(text, EVALUATION);
    return training && !evaluation ? EntityType.DATASET : EntityType.BENCHMARK;
  }

  private static boolean containsAny(String text, String[] cues) {
    for (String cue : cues) {
      if (text.contains(cue)) {
        return true;
      }
    }
    return false;
  }
}
