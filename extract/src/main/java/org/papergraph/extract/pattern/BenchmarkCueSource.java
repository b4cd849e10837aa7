package org.papergraph.extract.pattern;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.papergraph.extract.EntityType;
import org.papergraph.extract.text.AnalyzedPaper;
import org.papergraph.extract.text.Sentence;
import org.papergraph.extract.text.Word;

/**
 * Benchmark and dataset names that nobody listed, from constructions the field uses for them
 * (each one general, none tied to a development paper):
 *
 * <ul>
 *   <li>name shapes that are benchmark names on their own: a capitalized stem ending in
 *       {@code Bench}/{@code -bench}, {@code Eval}, {@code QA}, {@code Arena} (LongBench,
 *       SWE-bench, HumanEval, TriviaQA, Chatbot-Arena is two words and is left to the head-noun
 *       rule);</li>
 *   <li>a name followed by a test split: "the X test set", "X validation split";</li>
 *   <li>a singular type noun right before a name-shaped word: "the benchmark X", "dataset X";</li>
 *   <li>a list of names closed by a plural type noun: "X, Y and Z benchmarks", "X and Y
 *       datasets" (the head-noun rule only reaches the last member);</li>
 *   <li>the paper's own resource: "we collect / compile / assemble / curate X".</li>
 * </ul>
 * Types: Benchmark unless the construction says data (dataset, corpus) and the sentence does not
 * score anything; the combiner's type context settles Benchmark vs Dataset across the paper.
 */
public final class BenchmarkCueSource implements CandidateSource {

  public static final String SOURCE = "bench";
  static final double CONFIDENCE = 0.6;

  /** Stem of at least two letters starting upper-case, then a benchmark suffix, then a version. */
  private static final Pattern SHAPE = Pattern.compile(
      "\\p{Lu}[\\p{L}\\p{N}]+?-?(?:Bench|bench|BENCH|Eval|QA|Arena)"
          + "(?:-?(?:\\p{N}[\\p{N}.]*[kKmM]?|\\p{Lu}[\\p{L}\\p{N}]{0,7}))?");
  private static final Set<String> SPLITS = Set.of("test", "validation", "dev", "development",
      "evaluation", "held-out", "heldout");
  private static final Set<String> SPLIT_HEADS = Set.of("set", "sets", "split", "splits");
  private static final Set<String> COLLECT = Set.of("collect", "collects", "compile", "compiles",
      "assemble", "assembles", "curate", "curates", "construct", "constructs");

  @Override
  public String name() {
    return SOURCE;
  }

  @Override
  public void find(AnalyzedPaper paper, List<Candidate> out) {
    for (Sentence s : paper.sentences()) {
      List<Word> w = s.words();
      for (int i = 0; i < w.size(); i++) {
        Word x = w.get(i);
        String t = x.text();
        if (isBenchmarkShape(t)) {
          add(s, x, x, EntityType.BENCHMARK, out);
        }
        if (!NameShape.isNameLike(t)) {
          continue;
        }
        if (i + 2 < w.size() && SPLITS.contains(w.get(i + 1).lower())
            && SPLIT_HEADS.contains(w.get(i + 2).lower())) {
          add(s, x, x, EntityType.BENCHMARK, out);
        }
        if (i > 0 && adjacent(s, w.get(i - 1), x)) {
          String before = w.get(i - 1).lower();
          if (before.equals("benchmark") || before.equals("leaderboard")) {
            add(s, x, x, EntityType.BENCHMARK, out);
          } else if (before.equals("dataset") || before.equals("corpus")) {
            add(s, x, x, scored(s) ? EntityType.BENCHMARK : EntityType.DATASET, out);
          }
        }
        if (i > 1 && COLLECT.contains(w.get(i - 1).lower()) && weBefore(w, i - 1)) {
          add(s, x, x, scored(s) ? EntityType.BENCHMARK : EntityType.DATASET, out);
        }
      }
      for (List<int[]> list : CoordinationSource.lists(s)) {
        if (list.size() < 2) {
          continue;
        }
        int last = list.get(list.size() - 1)[1];
        if (last + 1 >= w.size()) {
          continue;
        }
        String head = w.get(last + 1).lower();
        EntityType h = Cues.head(head);
        if (!head.endsWith("s") || !(h == EntityType.BENCHMARK || h == EntityType.DATASET)
            || !adjacent(s, w.get(last), w.get(last + 1))) {
          continue;
        }
        EntityType type = h == EntityType.DATASET && !scored(s) ? EntityType.DATASET
            : EntityType.BENCHMARK;
        for (int[] item : list) {
          if (item[0] == item[1] && NameShape.isNameLike(w.get(item[0]).text())) {
            add(s, w.get(item[0]), w.get(item[1]), type, out);
          }
        }
      }
    }
  }

  /**
   * LongBench, SWE-bench, HumanEval, TriviaQA, MT-Bench-101, LiveBench-Hard; not "QA" or "Eval"
   * alone, not a hyphenated description such as "PEQA-tuned" (the part after the suffix must be
   * a number or a capitalized word).
   */
  static boolean isBenchmarkShape(String t) {
    return t.length() >= 5 && Character.isUpperCase(t.charAt(0)) && hasSuffixWord(t)
        && SHAPE.matcher(t).matches() && !Cues.isGeneric(t);
  }

  /** Cheap test before the regex: the word contains one of the suffix words at all. */
  private static boolean hasSuffixWord(String t) {
    return t.contains("ench") || t.contains("ENCH") || t.contains("Eval") || t.contains("QA")
        || t.contains("Arena");
  }

  private static boolean weBefore(List<Word> w, int i) {
    for (int k = Math.max(0, i - 3); k < i; k++) {
      if (w.get(k).lower().equals("we")) {
        return true;
      }
    }
    return false;
  }

  private static final String[] SCORED = {"evaluat", "benchmark", "accuracy", "score",
      "outperform", "achiev", "state-of-the-art", "%"};

  /** Whether the sentence scores something (then a named data set is a Benchmark). */
  private static boolean scored(Sentence s) {
    String t = s.text().toLowerCase(Locale.ROOT);
    for (String cue : SCORED) {
      if (t.contains(cue)) {
        return true;
      }
    }
    return false;
  }

  private static boolean adjacent(Sentence s, Word a, Word b) {
    return s.field().substring(a.end(), b.start()).isBlank();
  }

  private void add(Sentence s, Word first, Word last, EntityType type, List<Candidate> out) {
    String text = s.field().substring(first.start(), last.end());
    if (!Cues.isGeneric(text)) {
      out.add(Candidate.of(first.start(), last.end(), s.inTitle(), type, CONFIDENCE, SOURCE));
    }
  }
}
