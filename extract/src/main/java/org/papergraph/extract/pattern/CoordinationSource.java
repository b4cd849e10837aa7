package org.papergraph.extract.pattern;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.papergraph.extract.EntityType;
import org.papergraph.extract.text.AnalyzedPaper;
import org.papergraph.extract.text.Sentence;
import org.papergraph.extract.text.Word;

/**
 * Names in coordinated lists ("X, Y and Z"): a list takes its type from a plural head noun just
 * before it ("two datasets, PixelRec and Amazon Reviews", "benchmarks such as X, Y and Z"), from
 * "on"/"across" in an evaluation sentence ("results on X, Y and Z"), or from the members that
 * other sources already typed as Benchmark, Dataset or Model ("5-shot MMLU, Phonebook"). Members
 * must look like names: a name-shaped word (CamelCase, ALLCAPS, letters with digits) or a run of
 * up to four capitalized words; a Model needs a name-shaped word. Runs after the sources whose
 * candidates it reads (it reads {@code out}), so it is registered last among the patterns.
 */
public final class CoordinationSource implements CandidateSource {

  public static final String SOURCE = "list";
  static final double CONFIDENCE = 0.6;

  private static final Pattern CONNECTOR =
      Pattern.compile("\\s*(?:,\\s*(?:and\\s+|or\\s+|as\\s+well\\s+as\\s+)?|and\\s+|or\\s+|&\\s+|/)\\s*");
  private static final Pattern INTRO = Pattern.compile(
      "\\s*(?:[,:(]\\s*)?(?:(?:such\\s+as|including|like|namely|e\\.g\\.,?|i\\.e\\.,?|viz\\.)\\s*)?"
          + "(?:the\\s+)?");
  private static final Set<String> ON = Set.of("on", "across", "over");
  private static final Pattern ORDINARY_NOUN =
      Pattern.compile("(?:tion|sion|ment|ness|ity|ance|ence|ing|ics|ies)$");
  private static final Set<EntityType> SPREAD =
      Set.of(EntityType.BENCHMARK, EntityType.DATASET, EntityType.MODEL);

  @Override
  public String name() {
    return SOURCE;
  }

  @Override
  public void find(AnalyzedPaper paper, List<Candidate> out) {
    List<Candidate> known = List.copyOf(out);
    for (Sentence s : paper.sentences()) {
      for (List<int[]> list : lists(s)) {
        // "on Latvian and Giriama": a list with a known language in it lists languages (not
        // "English and African languages", where the last one is a modifier)
        EntityType type = list.size() >= 2 && known(s, list, known, EntityType.LANGUAGE)
            && !modifiesPlural(s, list.get(list.size() - 1)[1])
            ? EntityType.LANGUAGE : headType(s, list);
        if (type == null && list.size() >= 2) {
          type = memberType(s, list, known);
        }
        if (type == null) {
          continue;
        }
        for (int[] item : list) {
          add(s, item, type, out);
        }
      }
    }
  }

  private void add(Sentence s, int[] item, EntityType type, List<Candidate> out) {
    List<Word> w = s.words();
    if (type == EntityType.MODEL && !(item[0] == item[1]
        && NameShape.isNameLike(w.get(item[0]).text()))) {
      return;
    }
    int start = w.get(item[0]).start();
    int end = w.get(item[1]).end();
    String text = s.field().substring(start, end);
    if (item[0] == item[1] && !NameShape.isNameLike(text) && ORDINARY_NOUN.matcher(text).find()) {
      return; // "Judgement, Detection and OCR": capitalized ordinary nouns, not names
    }
    if (!Cues.isGeneric(text) && Cues.head(w.get(item[1]).text()) == null) {
      out.add(Candidate.of(start, end, s.inTitle(), type, CONFIDENCE, SOURCE));
    }
  }

  /** Maximal runs of name words, grouped into lists joined by connectors only. */
  static List<List<int[]>> lists(Sentence s) {
    List<Word> w = s.words();
    List<int[]> items = new ArrayList<>();
    for (int i = 0; i < w.size(); i++) {
      if (!nameWord(s, w.get(i))) {
        continue;
      }
      int a = i;
      boolean shaped = NameShape.isNameLike(w.get(i).text());
      while (!shaped && i + 1 < w.size() && i + 1 - a < 4 && blank(s, w.get(i), w.get(i + 1))
          && NameShape.isCapitalized(w.get(i + 1).text())) {
        i++;
      }
      // an edition word belongs to the name before it: "MBPP Pro", not "MBPP" and "Pro"
      while (shaped && i + 1 < w.size() && i + 1 - a < 3 && blank(s, w.get(i), w.get(i + 1))
          && BenchmarkCueSource.EDITIONS.contains(w.get(i + 1).text())) {
        i++;
      }
      items.add(new int[] {a, i});
    }
    List<List<int[]>> lists = new ArrayList<>();
    List<int[]> current = new ArrayList<>();
    for (int[] item : items) {
      if (!current.isEmpty()) {
        int[] last = current.get(current.size() - 1);
        String between = s.field().substring(w.get(last[1]).end(), w.get(item[0]).start());
        if (!CONNECTOR.matcher(between).matches()) {
          lists.add(current);
          current = new ArrayList<>();
        }
      }
      current.add(item);
    }
    if (!current.isEmpty()) {
      lists.add(current);
    }
    return lists;
  }

  private static boolean nameWord(Sentence s, Word w) {
    String t = w.text();
    // the cheap shape tests first (most words are plain lower-case words), then the lookups
    boolean shaped = NameShape.isNameLike(t)
        || !s.inTitle() && w.index() > 0 && NameShape.isCapitalized(t);
    return shaped && !Cues.isGeneric(t) && Cues.head(t) == null;
  }

  /** "across Arabic, English and Indic languages": the list modifies a plural noun after it. */
  private static boolean modifiesPlural(Sentence s, int last) {
    List<Word> w = s.words();
    if (last + 1 >= w.size() || !blank(s, w.get(last), w.get(last + 1))) {
      return false;
    }
    String next = w.get(last + 1).text();
    return Character.isLowerCase(next.charAt(0)) && next.endsWith("s") && next.length() > 3
        && Cues.head(next) == null;
  }

  private static boolean blank(Sentence s, Word a, Word b) {
    return s.field().substring(a.end(), b.start()).isBlank();
  }

  /** Type from the words before the list: "N datasets[,:] ...", "benchmarks such as ...", "on". */
  private static EntityType headType(Sentence s, List<int[]> list) {
    List<Word> w = s.words();
    int first = list.get(0)[0];
    int k = first - 1;
    while (k >= 0 && Set.of("such", "as", "including", "like", "namely", "e.g", "e.g.", "i.e",
        "i.e.", "the", "viz").contains(w.get(k).lower())) {
      k--;
    }
    if (k < 0) {
      return null;
    }
    String between = s.field().substring(w.get(k).end(), w.get(first).start());
    if (!INTRO.matcher(between.toLowerCase(Locale.ROOT)).matches()) {
      return null;
    }
    String head = w.get(k).lower();
    EntityType h = Cues.head(head);
    // "on multiple benchmarks, Whale achieved ...": after a bare comma one name is the subject
    // of the next clause, not a list
    boolean bareComma = between.strip().equals(",");
    if (h != null && head.endsWith("s") && !(bareComma && list.size() < 2)
        && (h == EntityType.BENCHMARK || h == EntityType.DATASET
        || h == EntityType.TASK && evaluation(s))) {
      return h == EntityType.DATASET && evaluation(s) ? EntityType.BENCHMARK
          : h == EntityType.TASK ? EntityType.BENCHMARK : h;
    }
    if (ON.contains(head) && list.size() >= 2 && evaluation(s) && !training(s)
        && !EvaluationTargetSource.effectOf(w, k)
        && !modifiesPlural(s, list.get(list.size() - 1)[1])) {
      return EntityType.BENCHMARK;
    }
    return null;
  }

  private static boolean known(Sentence s, List<int[]> list, List<Candidate> known,
      EntityType type) {
    List<Word> w = s.words();
    for (int[] item : list) {
      int start = w.get(item[0]).start();
      int end = w.get(item[1]).end();
      for (Candidate c : known) {
        if (c.type() == type && c.covers(s.inTitle(), start, end)) {
          return true;
        }
      }
    }
    return false;
  }

  private static EntityType memberType(Sentence s, List<int[]> list, List<Candidate> known) {
    Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
    List<Word> w = s.words();
    for (int[] item : list) {
      int start = w.get(item[0]).start();
      int end = w.get(item[1]).end();
      for (Candidate c : known) {
        if (c.inTitle() == s.inTitle() && c.start() <= start && end <= c.end()
            && c.type() != null && SPREAD.contains(c.type())) {
          votes.merge(c.type(), 1, Integer::sum);
          break;
        }
      }
    }
    return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .orElse(null);
  }

  private static final String[] EVALUATION = {"evaluat", "benchmark", "achiev", "outperform",
      "accuracy", "score", "state-of-the-art", "results", "experiment", "perform", "surpass",
      "test", "%"};
  private static final String[] TRAINING = {"trained on", "pretrained on", "pre-trained on",
      "fine-tuned on", "finetuned on", "training on", "corpus", "corpora"};

  private static boolean evaluation(Sentence s) {
    String t = s.text().toLowerCase(Locale.ROOT);
    for (String cue : EVALUATION) {
      if (t.contains(cue)) {
        return true;
      }
    }
    return false;
  }

  private static boolean training(Sentence s) {
    String t = s.text().toLowerCase(Locale.ROOT);
    for (String cue : TRAINING) {
      if (t.contains(cue)) {
        return true;
      }
    }
    return false;
  }
}
