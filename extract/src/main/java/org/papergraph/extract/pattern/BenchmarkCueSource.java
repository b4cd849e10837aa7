package org.papergraph.extract.pattern;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
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
 *       datasets", "the Zorb Questions and Quux Reviews datasets" (the head-noun rule only reaches
 *       the last member; outside the title a member may be a run of capitalized words);</li>
 *   <li>the paper's own resource: "we collect / compile / assemble / curate X".</li>
 *   <li>a name in apposition to a noun phrase headed by a type noun: "the first dataset of
 *       deepfake tweets, ZorbFake.", "a new benchmark for code review, QuuxReview, which ...";</li>
 *   <li>a variant of a known benchmark or dataset written as one hyphenated word: the
 *       dictionary knows the part before the hyphen, the part after is a capitalized word or a
 *       version ("GSM8K-Zorb", "HumanEval-v2"; not "GSM8K-style", which is adjectival), or
 *       followed by edition words or a plus ("MBPP Pro", "SWE-bench Verified", "HumanEval+");</li>
 *   <li>a name after a shot count: "5-shot ZorbQA", "0-shot QuuxMath" (scores are reported per
 *       benchmark and shot count).</li>
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
  /**
   * An explicit appositive to a type noun outweighs a bare "we introduce X" (a Method by
   * default) when the two disagree.
   */
  static final double APPOSITIVE = 0.75;
  private static final int APPOSITION_WINDOW = 10;
  /** A known name with a variant suffix is the variant, not the known name. */
  static final double VARIANT = 0.7;
  static final double MODEL_VARIANT = 0.5;
  private static final Pattern VARIANT_SUFFIX =
      Pattern.compile("\\p{Lu}[\\p{L}\\p{N}]*|[vV]?\\d[\\d.]*[kKmM]?");
  /** Words that name an edition of a benchmark when they follow its name, capitalized. */
  static final Set<String> EDITIONS = Set.of("Pro", "Lite", "Plus", "Verified", "Hard", "Diamond",
      "Mini", "Live", "Extended", "Full", "Challenge", "Easy", "Redux");
  /**
   * A square image resolution, a named split or a version after a benchmark names its variant
   * ("ImageNet 256×256", "CSJ eval3", "WSJ dev93", "MM-Vet v2"); copied text may have lost the
   * times sign ("ImageNet 256256").
   */
  private static final Pattern VARIANT_TAIL =
      Pattern.compile(" (?:(\\d{2,4})(?: ?[×xX] ?\\1|\\1)|(?:eval|test|dev|val)(?:\\d{1,4}|-[a-z]{3,8})"
          + "|[vV]\\d{1,2}(?:\\.\\d{1,2})?)"
          + "(?![\\p{L}\\p{N}-])");
  private static final Pattern SHOTS = Pattern.compile("\\d{1,2}-shot");
  private static final Set<String> TAIL_START = Set.of("of", "for", "with", "on", "in",
      "containing", "covering", "spanning", "from", "about");
  private static final Set<String> DETERMINED = Set.of("a", "an", "the", "our", "new", "first",
      "novel", "this");
  private static final Set<String> CLAUSE_NEXT = Set.of("which", "that", "consisting",
      "comprising", "containing", "with", "to", "for");
  private static final Set<String> COLLECT = Set.of("collect", "collects", "compile", "compiles",
      "assemble", "assembles", "curate", "curates", "construct", "constructs");

  @Override
  public String name() {
    return SOURCE;
  }

  @Override
  public void find(AnalyzedPaper paper, List<Candidate> out) {
    List<Candidate> known = List.copyOf(out);
    for (Sentence s : paper.sentences()) {
      List<Word> w = s.words();
      for (int i = 0; i < w.size(); i++) {
        Word x = w.get(i);
        String t = x.text();
        if (isBenchmarkShape(t)) {
          add(s, x, x, EntityType.BENCHMARK, out);
        }
        EntityType variant = knownVariant(s, x, known);
        if (variant != null) {
          // a model's variant may be the paper's own system named after it ("Whisper-LM"): a
          // proposal typed by its own words outweighs it
          add(s, x, x, variant, variant == EntityType.MODEL ? MODEL_VARIANT : VARIANT, out);
        }
        EntityType prefixed = knownWithPrefix(s, x, known);
        if (prefixed != null && variant == null) {
          add(s, x, x, prefixed, prefixed == EntityType.MODEL ? MODEL_VARIANT : VARIANT, out);
        }
        variantWords(s, i, known, out);
        // "we present NL2Repo Bench, a benchmark", "on Tau Bench": the word Bench ends the name
        if (i + 1 < w.size() && w.get(i + 1).text().equals("Bench") && adjacent(s, x, w.get(i + 1))
            && (NameShape.isNameLike(t) || i > 0 && !s.inTitle() && NameShape.isCapitalized(t))) {
          add(s, x, w.get(i + 1), EntityType.BENCHMARK, out);
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
        if (i > 0 && SHOTS.matcher(w.get(i - 1).text()).matches() && adjacent(s, w.get(i - 1), x)
            && !Cues.isGeneric(t)) {
          add(s, x, x, EntityType.BENCHMARK, out);
        }
        EntityType apposed = appositive(s, i);
        if (apposed != null) {
          add(s, x, x, apposed, APPOSITIVE, out);
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
          if (item[0] == item[1] && NameShape.isNameLike(w.get(item[0]).text())
              || !s.inTitle() && NameShape.isCapitalized(w.get(item[0]).text())) {
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

  /**
   * The type of a singular type noun that heads the noun phrase closed by the comma right before
   * word {@code i}: "the first dataset of deepfake tweets, X", "a new benchmark, X". The phrase
   * after the head may only be a lower-case prepositional tail (no other name, no verb of ours),
   * and the name must end its clause.
   */
  static EntityType appositive(Sentence s, int i) {
    List<Word> w = s.words();
    if (i < 2 || !s.field().substring(w.get(i - 1).end(), w.get(i).start()).strip().equals(",")
        || !endsClause(s, i)) {
      return null;
    }
    for (int k = i - 1; k >= Math.max(0, i - APPOSITION_WINDOW); k--) {
      Word h = w.get(k);
      String lw = h.lower();
      if (k < i - 1 && !s.field().substring(h.end(), w.get(k + 1).start()).isBlank()) {
        return null;
      }
      EntityType t = Cues.head(lw);
      if (t == EntityType.BENCHMARK || t == EntityType.DATASET) {
        boolean singular = !lw.endsWith("s") || lw.equals("corpus");
        boolean tailOk = k == i - 1 || TAIL_START.contains(w.get(k + 1).lower());
        boolean determined = k > 0 && DETERMINED.contains(w.get(k - 1).lower())
            || k > 1 && DETERMINED.contains(w.get(k - 2).lower());
        if (!singular || !tailOk || !determined) {
          return null;
        }
        return t == EntityType.DATASET && !scored(s) ? EntityType.DATASET : EntityType.BENCHMARK;
      }
      if (NameShape.isNameLike(h.text()) || NameShape.isCapitalized(h.text()) || t != null) {
        return null;
      }
    }
    return null;
  }

  /**
   * A known benchmark or benchmark-shaped name followed by edition words ("MBPP Pro",
   * "SWE-bench Verified", "BIG-Bench Hard", "ARC Challenge"), a plus ("HumanEval+") or a
   * resolution, split or version ("ImageNet 256×256", "CSJ eval3", "MM-Vet v2"): the whole is the
   * edition, a benchmark of its own.
   */
  private void variantWords(Sentence s, int i, List<Candidate> known, List<Candidate> out) {
    List<Word> w = s.words();
    Word x = w.get(i);
    // cheap test first: most words are followed by nothing that could make a variant
    String next = i + 1 < w.size() ? w.get(i + 1).text() : "";
    if (!x.text().endsWith("+") && !EDITIONS.contains(next) && !variantTailStart(next)) {
      return;
    }
    Candidate base = null;
    for (Candidate c : known) {
      if (c.inTitle() == s.inTitle() && c.entry() != null && c.start() <= x.start()
          && c.end() > x.start() && c.end() <= x.end()
          && (c.type() == EntityType.BENCHMARK || c.type() == EntityType.DATASET)) {
        base = c;
      }
    }
    String stem = x.text();
    while (stem.endsWith("+")) {
      stem = stem.substring(0, stem.length() - 1);
    }
    int start = base != null ? base.start() : x.start();
    int end = base != null ? base.end() : x.start() + stem.length();
    EntityType type = base != null ? base.type() : EntityType.BENCHMARK;
    if (base == null && !isBenchmarkShape(stem)) {
      return;
    }
    String plus = s.field().substring(end, x.end());
    if (!plus.isEmpty()) {
      if (plus.equals("+") || plus.equals("++")) {
        out.add(Candidate.of(start, x.end(), s.inTitle(), type, VARIANT, SOURCE));
      }
      return;
    }
    Matcher tail = VARIANT_TAIL.matcher(s.field()).region(end, s.field().length());
    if (tail.lookingAt()) {
      out.add(Candidate.of(start, tail.end(), s.inTitle(), type, VARIANT, SOURCE));
      return;
    }
    int last = i;
    while (last + 1 < w.size() && last - i < 2 && EDITIONS.contains(w.get(last + 1).text())
        && s.field().substring(w.get(last).end(), w.get(last + 1).start()).equals(" ")) {
      last++;
    }
    if (last > i) {
      out.add(Candidate.of(start, w.get(last).end(), s.inTitle(), type, VARIANT, SOURCE));
    }
  }

  /** A word that may start a resolution, split or version tail: "256×256", "eval3", "v2". */
  private static boolean variantTailStart(String t) {
    if (t.isEmpty()) {
      return false;
    }
    char c = t.charAt(0);
    return Character.isDigit(c) || (c == 'v' || c == 'V') && t.length() > 1
        && Character.isDigit(t.charAt(1)) || t.startsWith("eval") || t.startsWith("test")
        || t.startsWith("dev") || t.startsWith("val");
  }

  /**
   * The type of the dictionary Benchmark/Dataset that spells the part of {@code x} before its
   * last hyphen, when the part after is a variant (capitalized word or version), else null.
   */
  static EntityType knownVariant(Sentence s, Word x, List<Candidate> known) {
    String t = x.text();
    int dash = t.lastIndexOf('-');
    if (dash <= 0 || dash == t.length() - 1 || NameShape.isAdjectival(t)
        || !VARIANT_SUFFIX.matcher(t.substring(dash + 1)).matches()) {
      return null;
    }
    for (Candidate c : known) {
      if (c.inTitle() == s.inTitle() && c.start() == x.start() && c.end() < x.end()
          && c.entry() != null && (c.type() == EntityType.BENCHMARK
          || c.type() == EntityType.DATASET || c.type() == EntityType.MODEL)
          && s.field().charAt(c.end()) == '-' && x.start() + dash >= c.end()) {
        return c.type();
      }
    }
    return null;
  }

  /**
   * A known model, benchmark or dataset behind a capitalized word and a hyphen is a new thing
   * named after it: "Lugha-Llama" (a model adapted from Llama), "Uhura-TruthfulQA" (a translated
   * TruthfulQA); the type of the known part, for the whole word.
   */
  static EntityType knownWithPrefix(Sentence s, Word x, List<Candidate> known) {
    String t = x.text();
    int dash = t.indexOf('-');
    if (dash < 3 || !Character.isUpperCase(t.charAt(0))
        || !t.substring(0, dash).chars().allMatch(Character::isLetter)) {
      return null;
    }
    for (Candidate c : known) {
      if (c.covers(s.inTitle(), x.start() + dash + 1, x.end()) && c.entry() != null
          && (c.type() == EntityType.BENCHMARK || c.type() == EntityType.DATASET
              || c.type() == EntityType.MODEL)) {
        return c.type();
      }
    }
    return null;
  }

  private static boolean endsClause(Sentence s, int i) {
    List<Word> w = s.words();
    if (i + 1 >= w.size()) {
      return true;
    }
    String between = s.field().substring(w.get(i).end(), w.get(i + 1).start()).strip();
    if (!between.isEmpty()) {
      return ".,;:(".indexOf(between.charAt(0)) >= 0;
    }
    String next = w.get(i + 1).text();
    return ".,;:(".indexOf(next.charAt(0)) >= 0 || CLAUSE_NEXT.contains(next.toLowerCase(Locale.ROOT));
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
    add(s, first, last, type, CONFIDENCE, out);
  }

  private void add(Sentence s, Word first, Word last, EntityType type, double confidence,
      List<Candidate> out) {
    String text = s.field().substring(first.start(), last.end());
    if (!Cues.isGeneric(text)) {
      out.add(Candidate.of(first.start(), last.end(), s.inTitle(), type, confidence, SOURCE));
    }
  }
}
