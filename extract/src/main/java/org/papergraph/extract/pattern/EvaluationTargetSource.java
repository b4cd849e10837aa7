package org.papergraph.extract.pattern;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.papergraph.extract.EntityType;
import org.papergraph.extract.text.AnalyzedPaper;
import org.papergraph.extract.text.Sentence;
import org.papergraph.extract.text.Word;

/**
 * Plain capitalized names that a sentence evaluates or trains on: "we evaluate our parser on
 * Zorbank", "state-of-the-art results on Quux Questions", "71.2 mIoU on Zorbscapes", "fine-tuned
 * on Quux Reviews". {@link HeadCueSource} already takes a name-shaped word after "on" (ZorbQA,
 * GSM8K); this source takes what it leaves: one plain capitalized word, or a run of up to four
 * capitalized or name-shaped words, that stands as a whole noun phrase (the next word is
 * punctuation, a connector or a preposition, so "on Zorb devices" is not a name). The sentence must
 * say why the name is there: an evaluation word or a number shortly before "on" makes it a
 * Benchmark, a training verb a Dataset (a sentence that opens with "On X," may have the evaluation
 * word after the name); "based on", "deployed on", "focus on" and the like never
 * count; a number counts only as a score ("71.2", "85%"), not as a size ("7B"). A run that
 * overlaps a dictionary name of another type (a model, an organization, a language), or that a
 * known benchmark covers, is left to the dictionary. Runs after the dictionary, whose candidates it reads.
 */
public final class EvaluationTargetSource implements CandidateSource {

  public static final String SOURCE = "on";
  static final double CONFIDENCE = 0.5;
  /** How many words before "on" may hold the evaluation or training word. */
  private static final int WINDOW = 8;
  private static final int MAX_WORDS = 4;
  /** A score, not a size: "71.2", "85%", not "7B" or "125M". */
  private static final java.util.regex.Pattern SCORE =
      java.util.regex.Pattern.compile("[+-]?\\d+(?:\\.\\d+)?%?");

  private static final String[] EVALUATION = {"evaluat", "experiment", "result", "perform",
      "accura", "benchmark", "test", "score", "achiev", "outperform", "surpass", "sota",
      "state-of-the-art", "improv", "gain", "validat", "rank", "top-1", "error",
      "competitive", "best"};
  private static final String[] TRAINING = {"train", "pretrain", "pre-train", "fine-tun",
      "finetun"};
  /** Words before "on" that make it anything but an evaluation target. */
  private static final Set<String> NOT_TARGET = Set.of("based", "rely", "relies", "relying",
      "focus", "focuses", "focused", "focusing", "depend", "depends", "dependent", "depending",
      "built", "builds", "conditioned", "conditioning", "impact", "effect", "effects", "work",
      "works", "research", "study", "studies", "light", "emphasis", "insights", "deployed",
      "deploy", "deploying", "run", "runs", "running", "hosted", "available", "released",
      "published", "posted", "operate", "operates", "executed", "served", "draw", "draws",
      "building", "centered", "centred", "informed", "grounded", "act", "acts", "comment",
      "reflect", "reflects", "perspective", "perspectives", "survey", "review", "agree",
      "agrees", "improves", "improve", "improving", "improved");
  /** What may follow a name used as a whole noun phrase. */
  private static final Set<String> FOLLOW = Set.of("and", "or", "with", "for", "by", "using",
      "in", "at", "to", "while", "where", "which", "that", "as", "than", "under", "from",
      "respectively", "compared", "versus", "vs", "vs.", "without", "when", "after", "over",
      "across", "against", "but", "demonstrate", "demonstrates", "show", "shows", "confirm",
      "confirms", "reveal", "reveals", "indicate", "indicates", "suggest", "suggests", "is",
      "are", "was", "were");
  /** Capitalized words that are never evaluation targets: platforms, languages of code, parts. */
  private static final Set<String> STOP = Set.of("Python", "Java", "Rust", "Go", "Julia",
      "Linux", "Windows", "Android", "Ubuntu", "Twitter", "Reddit", "Facebook", "Instagram",
      "YouTube", "TikTok", "Weibo", "Figure", "Fig", "Table", "Section", "Appendix",
      "Equation", "Eq", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
      "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December", "Earth", "Hugging", "Face", "Kaggle",
      "Amazon", "Mechanical", "Turk", "Prolific", "English", "GitHub", "Github", "GitLab",
      "Zenodo", "arXiv", "HuggingFace", "Discord", "Slack");
  private static final Set<String> SKIP = Set.of("the", "both", "all", "several", "three",
      "two", "four", "five");

  @Override
  public String name() {
    return SOURCE;
  }

  @Override
  public void find(AnalyzedPaper paper, List<Candidate> out) {
    List<Candidate> known = List.copyOf(out);
    for (Sentence s : paper.sentences()) {
      if (s.inTitle()) {
        continue;
      }
      List<Word> w = s.words();
      for (int i = 0; i + 1 < w.size(); i++) {
        String on = w.get(i).lower();
        if (!(on.equals("on") || on.equals("across"))
            || i > 0 && NOT_TARGET.contains(w.get(i - 1).lower()) || effectOf(w, i)) {
          continue;
        }
        int a = i + 1;
        while (a < w.size() && SKIP.contains(w.get(a).lower())) {
          a++;
        }
        int b = run(s, a);
        if (b < a || !standsAlone(s, b)) {
          continue;
        }
        EntityType type = i == 0 ? (evaluationAfter(w, b) ? EntityType.BENCHMARK : null)
            : evaluationBefore(w, i) ? EntityType.BENCHMARK
            : trainingBefore(w, i) ? EntityType.DATASET : null;
        if (type == null) {
          continue;
        }
        int start = w.get(a).start();
        int end = w.get(b).end();
        String text = s.field().substring(start, end);
        if (!Cues.isGeneric(text) && !dictionaryKnown(known, start, end)) {
          out.add(Candidate.of(start, end, false, type, CONFIDENCE, SOURCE));
        }
      }
    }
  }

  /**
   * Last word of the name run starting at {@code a}, or -1: a plain capitalized first word (a
   * single name-shaped word is {@link HeadCueSource}'s), then capitalized, name-shaped or number
   * words, no head noun, no stop word.
   */
  static int run(Sentence s, int a) {
    List<Word> w = s.words();
    if (a >= w.size() || !nameWord(w.get(a).text(), true)) {
      return -1;
    }
    int b = a;
    while (b + 1 < w.size() && b + 1 - a < MAX_WORDS && blank(s, w.get(b), w.get(b + 1))
        && nameWord(w.get(b + 1).text(), false)) {
      b++;
    }
    if (b == a && (NameShape.isNameLike(w.get(a).text())
        || !NameShape.isCapitalized(w.get(a).text()))) {
      return -1;
    }
    return b;
  }

  private static boolean nameWord(String t, boolean first) {
    if (STOP.contains(t) || Cues.head(t) != null || Cues.isGeneric(t)
        || NameShape.isAdjectival(t)) {
      return false;
    }
    if (NameShape.isCapitalized(t) || NameShape.isNameLike(t)) {
      return t.indexOf('\'') < 0 && t.indexOf('’') < 0;
    }
    return !first && t.chars().allMatch(c -> Character.isDigit(c) || c == '.')
        && Character.isDigit(t.charAt(0));
  }

  private static final Set<String> EFFECT = Set.of("effect", "effects", "impact", "impacts",
      "influence");

  /** "the effect of quantization on Weight, Activation and KV Cache": what is affected. */
  static boolean effectOf(List<Word> w, int on) {
    for (int k = Math.max(0, on - 4); k + 1 < on; k++) {
      if (EFFECT.contains(w.get(k).lower()) && w.get(k + 1).lower().equals("of")) {
        return true;
      }
    }
    return false;
  }

  /** The run ends the noun phrase: end of sentence, punctuation, or a connector. */
  private static boolean standsAlone(Sentence s, int b) {
    List<Word> w = s.words();
    if (b + 1 >= w.size()) {
      return true;
    }
    String between = s.field().substring(w.get(b).end(), w.get(b + 1).start());
    if (!between.isBlank()) {
      return !between.strip().startsWith("-");
    }
    String next = w.get(b + 1).text();
    if (!Character.isLetterOrDigit(next.charAt(0))) {
      return !next.startsWith("-") && !next.startsWith("'") && !next.startsWith("’");
    }
    return FOLLOW.contains(next.toLowerCase(Locale.ROOT));
  }

  /** An evaluation word or a number ("71.2 mIoU on X") within the window before "on". */
  static boolean evaluationBefore(List<Word> w, int on) {
    return w.get(on - 1).text().equals("%") || cueBefore(w, on, EVALUATION);
  }

  /** "On Zorbscapes, our model achieves ...": the evaluation word follows the name. */
  private static boolean evaluationAfter(List<Word> w, int b) {
    for (int k = b + 1; k < Math.min(w.size(), b + 1 + WINDOW); k++) {
      String t = w.get(k).lower();
      if (SCORE.matcher(t).matches()) {
        return true;
      }
      for (String cue : EVALUATION) {
        if (t.startsWith(cue)) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean trainingBefore(List<Word> w, int on) {
    return cueBefore(w, on, TRAINING);
  }

  private static boolean cueBefore(List<Word> w, int on, String[] cues) {
    for (int k = Math.max(0, on - WINDOW); k < on; k++) {
      String t = w.get(k).lower();
      if (cues == EVALUATION && SCORE.matcher(t).matches()) {
        return true;
      }
      for (String cue : cues) {
        if (t.startsWith(cue)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A dictionary name of another type overlapping the run, or a known benchmark or dataset that
   * covers it: the dictionary knows better. A known benchmark inside a longer run ("Zorbank 6.0")
   * does not block it.
   */
  private static boolean dictionaryKnown(List<Candidate> known, int start, int end) {
    for (Candidate c : known) {
      if (!c.inTitle() && c.start() < end && start < c.end() && c.source().equals("dictionary")
          && (c.type() != EntityType.BENCHMARK && c.type() != EntityType.DATASET
          || c.start() <= start && end <= c.end())) {
        return true;
      }
    }
    return false;
  }

  private static boolean blank(Sentence s, Word a, Word b) {
    return s.field().substring(a.end(), b.start()).isBlank();
  }
}
