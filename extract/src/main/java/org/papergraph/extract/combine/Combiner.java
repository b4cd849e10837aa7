package org.papergraph.extract.combine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.papergraph.extract.DictionaryEntry;
import org.papergraph.extract.EntityType;
import org.papergraph.extract.match.Names;
import org.papergraph.extract.pattern.Candidate;
import org.papergraph.extract.pattern.Cues;
import org.papergraph.extract.pattern.NameShape;
import org.papergraph.extract.pattern.NameFinderSource;
import org.papergraph.extract.text.AnalyzedPaper;
import org.papergraph.extract.text.Sentence;

/**
 * Decides among candidates: drops dictionary meanings that the paper's own acronym definitions
 * contradict, fills unknown types from other evidence for the same name, merges
 * candidates of one span into one (type by summed confidence, confidence by noisy-or), keeps the
 * longest non-overlapping spans, makes each name's type consistent across the paper and marks
 * every later use of a name found by a pattern (an acronym's short form, a proposed name).
 */
public final class Combiner {

  /** Merged candidates below this confidence are dropped. */
  public static final double THRESHOLD = 0.45;

  private final TypeContext context = new TypeContext();

  public List<Candidate> combine(AnalyzedPaper paper, List<Candidate> candidates) {
    List<Candidate> typed = coinedMethods(paper,
        kindsOfMethods(fillTypes(paper, withoutRedefined(paper, candidates))));
    typed.removeIf(c -> namesNothing(paper, c));
    List<Candidate> merged = new ArrayList<>();
    for (List<Candidate> group : bySpan(typed).values()) {
      Candidate m = merge(paper, group);
      if (m.confidence() >= THRESHOLD) {
        merged.add(m);
      }
    }
    List<Candidate> kept = longestFirst(merged);
    kept = Propagation.propagate(paper, kept);
    kept = consistentTypes(paper, kept);
    String titleAndText = (paper.field(true) + "\n" + paper.field(false))
        .toLowerCase(Locale.ROOT);
    kept.removeIf(c -> saidInPassing(paper, c, titleAndText));
    return kept;
  }

  /**
   * A task named only in passing: a free phrase nobody listed ("improves long-range reasoning")
   * or a one-word task ("summarization", "recommendation"), said once in the text and not as an
   * example, a kind or an abbreviation (see {@link Cues#namedAsTask}). Over the read sets
   * about one in four of these was marked; known multi-word tasks are kept.
   */
  private static boolean saidInPassing(AnalyzedPaper paper, Candidate c, String titleAndText) {
    if (c.type() != EntityType.TASK || c.inTitle()) {
      return false;
    }
    boolean loose = c.entry() == null ? c.source().equals("phrase")
        : text(paper, c).indexOf(' ') < 0;
    return loose && !Cues.namedAsTask(paper.field(false), c.start(), c.end(), titleAndText);
  }

  private static List<Candidate> fillTypes(AnalyzedPaper paper, List<Candidate> candidates) {
    Map<String, Candidate> best = new HashMap<>();
    for (Candidate c : candidates) {
      if (c.type() != null) {
        best.merge(norm(paper, c), c, (a, b) -> a.confidence() >= b.confidence() ? a : b);
      }
    }
    List<Candidate> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      if (c.type() != null) {
        out.add(c);
      } else {
        Candidate known = best.get(norm(paper, c));
        if (known == null && c.link() != null) {
          known = best.get(Names.normalize(c.link()));
        }
        out.add(known != null ? c.withType(known.type(), c.confidence())
            : c.withType(defaultType(paper, c), c.confidence() * 0.8));
      }
    }
    return out;
  }

  /**
   * The paper's own acronym definition outranks the dictionary's meaning of the same letters when
   * the two share no word and the dictionary knows another expansion ("Hierarchical Context
   * Pruning (HCP)" is not the Human Connectome Project) or means an organization the long form
   * does not call one ("Dual Alignment Maximin Optimization (DAMO)" is not DAMO Academy). Entries
   * that only know the letters (USMLE) stay: the paper is likely spelling them out.
   */
  private static List<Candidate> withoutRedefined(AnalyzedPaper paper, List<Candidate> cs) {
    Map<String, String> defined = new HashMap<>();
    for (Candidate c : cs) {
      if (c.source().equals("acronym") && c.link() != null
          && c.link().length() > c.length()) {
        defined.put(text(paper, c), c.link());
      }
    }
    if (defined.isEmpty()) {
      return cs;
    }
    List<Candidate> out = new ArrayList<>(cs);
    out.removeIf(c -> {
      String shortForm = c.entry() == null ? null : text(paper, c);
      return shortForm != null && defined.containsKey(shortForm)
          && redefines(shortForm, defined.get(shortForm), c.entry());
    });
    return out;
  }

  private static final Set<String> ORGANIZATION_WORDS = Set.of("institute", "university",
      "academy", "lab", "labs", "laboratory", "laboratories", "center", "centre", "corporation",
      "foundation", "company", "inc", "council", "agency", "school", "college", "society",
      "association", "consortium", "department", "organization", "organisation");

  private static boolean redefines(String shortForm, String longForm, DictionaryEntry entry) {
    Set<String> paperWords = words(longForm);
    if (!Collections.disjoint(paperWords, words(String.join(" ", entry.names())))) {
      return false;
    }
    if (entry.type() == EntityType.ORGANIZATION) {
      return Collections.disjoint(paperWords, ORGANIZATION_WORDS);
    }
    return entry.names().stream()
        .anyMatch(n -> !Arrays.asList(n.split(NOT_WORD)).contains(shortForm));
  }

  private static final String NOT_WORD = "[^\\p{L}\\p{N}]+";

  /** The content words of {@code names}, lower case. */
  private static Set<String> words(String names) {
    Set<String> out = new HashSet<>();
    for (String w : names.toLowerCase(Locale.ROOT).split(NOT_WORD)) {
      if (w.length() > 2 && !w.equals("the") && !w.equals("and") && !w.equals("for")) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * "Towards Adaptive Note-Enhanced Retrieval-Augmented Generation": a phrase that ends in a
   * method the dictionary knows is a kind of that method, whatever its head word suggests.
   */
  private static List<Candidate> kindsOfMethods(List<Candidate> cs) {
    Set<String> methodEnds = new HashSet<>();
    for (Candidate c : cs) {
      if (c.entry() != null && c.type() == EntityType.METHOD) {
        methodEnds.add(endKey(c));
      }
    }
    if (methodEnds.isEmpty()) {
      return cs;
    }
    List<Candidate> out = new ArrayList<>(cs.size());
    for (Candidate c : cs) {
      boolean kind = c.type() == EntityType.TASK && c.source().equals("phrase")
          && methodEnds.contains(endKey(c));
      out.add(kind ? c.withType(EntityType.METHOD, c.confidence()) : c);
    }
    return out;
  }

  /**
   * "a strategy named Hierarchical Context Pruning (HCP)": a name the paper spells in capitals and
   * abbreviates is one it coined, and coined names are methods far more often than tasks, whatever
   * the head word ("Pruning", "Retrieval", "Planning"). Tasks the dictionary knows, alone or as
   * the end of the name ("Chart Question Answering"), keep their type.
   */
  private static List<Candidate> coinedMethods(AnalyzedPaper paper, List<Candidate> cs) {
    Set<String> known = new HashSet<>();
    for (Candidate c : cs) {
      if (c.entry() != null) {
        known.add(spanKey(c));
        if (c.type() == EntityType.TASK) {
          known.add(endKey(c));
        }
      }
    }
    Set<String> coinedSpans = new HashSet<>();
    Set<String> coinedShortForms = new HashSet<>();
    for (Candidate c : cs) {
      if (c.source().equals("acronym") && c.type() == EntityType.TASK && c.link() != null
          && c.link().length() < c.length() && isTitled(text(paper, c))
          && !known.contains(spanKey(c)) && !known.contains(endKey(c))) {
        coinedSpans.add(spanKey(c));
        coinedShortForms.add(c.link());
      }
    }
    if (coinedSpans.isEmpty()) {
      return cs;
    }
    List<Candidate> out = new ArrayList<>(cs.size());
    for (Candidate c : cs) {
      boolean coined = c.type() == EntityType.TASK && c.entry() == null
          && (coinedSpans.contains(spanKey(c))
              || c.source().equals("acronym") && coinedShortForms.contains(text(paper, c)));
      out.add(coined ? c.withType(EntityType.METHOD, c.confidence()) : c);
    }
    return out;
  }

  /**
   * At least two words, every one capitalized except small joining words ("of", "and"); a
   * hyphenated word counts by its first letter ("Layer-specific Editing").
   */
  private static boolean isTitled(String name) {
    int capitals = 0;
    for (String w : name.split("\\s+")) {
      if (w.isEmpty() || NameShape.JOINING_WORDS.contains(w)) {
        continue;
      }
      if (!Character.isUpperCase(w.charAt(0))) {
        return false;
      }
      capitals++;
    }
    return capitals >= 2;
  }

  /** Keys for "the same span" and "ends where it ends" (title and abstract kept apart). */
  private static String spanKey(Candidate c) {
    return c.inTitle() + ":" + c.start() + ":" + c.end();
  }

  private static String endKey(Candidate c) {
    return c.inTitle() + ":" + c.end();
  }

  private static String text(AnalyzedPaper paper, Candidate c) {
    return paper.field(c.inTitle()).substring(c.start(), c.end());
  }

  private static final Pattern VERSIONED =
      Pattern.compile("\\p{L}[\\p{L}\\p{N}]*-\\d+(?:\\.\\d+)?(?:-.*)?");

  /** A name with a version number (Mamba-2-Hybrid, Phi-3) is most likely a model; else Method. */
  private static EntityType defaultType(AnalyzedPaper paper, Candidate c) {
    String text = paper.field(c.inTitle()).substring(c.start(), c.end());
    return VERSIONED.matcher(text).matches() ? EntityType.MODEL : EntityType.METHOD;
  }

  private static Map<String, List<Candidate>> bySpan(List<Candidate> cs) {
    Map<String, List<Candidate>> m = new LinkedHashMap<>();
    for (Candidate c : cs) {
      m.computeIfAbsent(spanKey(c), k -> new ArrayList<>()).add(c);
    }
    return m;
  }

  private static boolean isData(EntityType t) {
    return t == EntityType.BENCHMARK || t == EntityType.DATASET;
  }

  private Candidate merge(AnalyzedPaper paper, List<Candidate> group) {
    Map<EntityType, Double> score = new EnumMap<>(EntityType.class);
    boolean curated = group.stream().anyMatch(c -> c.entry() != null);
    for (Candidate c : group) {
      // the dictionary's types for a name it knows outrank pattern votes for another type, except
      // Benchmark against Dataset: whether this paper scores models on it decides (the guide)
      if (!curated || c.entry() != null || group.stream().anyMatch(d -> d.entry() != null
          && (d.type() == c.type() || isData(d.type()) && isData(c.type())))) {
        score.merge(c.type(), c.confidence(), Double::sum);
      }
    }
    if (score.containsKey(EntityType.BENCHMARK) && score.containsKey(EntityType.DATASET)) {
      EntityType pick = context.benchmarkOrDataset(paper, group.get(0));
      score.merge(pick, 0.5, Double::sum);
    }
    EntityType type = score.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
    double miss = 1.0;
    Candidate best = null;
    DictionaryEntry entry = null;
    String link = null;
    for (Candidate c : group) {
      if (c.type() == type) {
        miss *= 1.0 - c.confidence();
        if (best == null || c.confidence() > best.confidence()) {
          best = c;
        }
        entry = entry == null ? c.entry() : entry;
      }
      link = link == null ? c.link() : link;
    }
    double conf = Math.min(0.99, 1.0 - miss);
    String source = best.source();
    for (Candidate c : group) {
      if (!isModel(c)) {
        source = c.source();
        break;
      }
    }
    return new Candidate(best.start(), best.end(), best.inTitle(), type, conf, source,
        entry, link);
  }

  private static boolean isModel(Candidate c) {
    return c.source().equals(NameFinderSource.SOURCE);
  }

  /**
   * Longest spans first, among candidates that some dictionary entry or pattern supports; then
   * names only the statistical model found fill the gaps (the model's span boundaries are the
   * least reliable evidence, so they never cut a supported name).
   */
  private static List<Candidate> longestFirst(List<Candidate> merged) {
    merged.sort(Comparator.comparingInt(Candidate::length).reversed()
        .thenComparing(Comparator.comparingDouble(Candidate::confidence).reversed()));
    List<Candidate> kept = new ArrayList<>();
    for (boolean modelOnly : new boolean[] {false, true}) {
      for (Candidate c : merged) {
        if (isModel(c) == modelOnly && kept.stream().noneMatch(c::overlaps)) {
          kept.add(c);
        }
      }
    }
    kept.sort(Comparator.comparing(Candidate::inTitle).reversed()
        .thenComparingInt(Candidate::start));
    return kept;
  }

  /** One type per name in a paper: the type with the highest summed confidence. */
  private static List<Candidate> consistentTypes(AnalyzedPaper paper, List<Candidate> kept) {
    Map<String, Map<EntityType, Double>> votes = new HashMap<>();
    for (Candidate c : kept) {
      votes.computeIfAbsent(norm(paper, c), k -> new EnumMap<>(EntityType.class))
          .merge(c.type(), c.confidence(), Double::sum);
    }
    List<Candidate> out = new ArrayList<>(kept.size());
    for (Candidate c : kept) {
      EntityType t = votes.get(norm(paper, c)).entrySet().stream()
          .max(Map.Entry.comparingByValue()).get().getKey();
      out.add(t == c.type() || c.entry() != null && c.entry().type() == c.type() ? c
          : c.withType(t, c.confidence()));
    }
    return out;
  }

  /**
   * Spans that name nothing whatever a source says: a word broken across a line ("feed-"),
   * "precision" as a number format ("4-bit precision"), "at inference time" (when, not how
   * long), "sensitivity" in a sentence without a number ("sensitivity to prompt formatting"), a
   * model a thing is only likened to ("a GPT-style model"), the known head of a longer title
   * name, anything inside a link.
   */
  private static boolean namesNothing(AnalyzedPaper paper, Candidate c) {
    String field = paper.field(c.inTitle());
    String text = field.substring(c.start(), c.end());
    return text.isEmpty() || Names.isDash(text.charAt(0)) || Names.isDash(text.charAt(text.length() - 1))
        || c.type() == EntityType.METRIC && (Cues.isNumberFormat(field, c.start(), c.end())
            || Cues.isMomentOfUse(field, c.start(), c.end())
            || Cues.isPropertyWord(text) && !hasNumber(paper.sentenceAt(c.inTitle(), c.start())))
        || c.type() == EntityType.MODEL && NameShape.continuesAsLikeness(field, c.end())
        || headOfTitleName(field, c, text)
        || inLink(field, c.start());
  }

  private static final Pattern LINK = Pattern.compile(
      "(?i)(?:https?://|www\\.)\\S*$");

  /** "https://github.com/stanford-crfm/...": a link's path names no entity. */
  private static boolean inLink(String field, int start) {
    int from = start;
    while (from > 0 && !Character.isWhitespace(field.charAt(from - 1))) {
      from--;
    }
    return LINK.matcher(field.substring(from, start)).find();
  }

  /**
   * "Consistent Flow Distillation", "Compressed Multilingual Transformers": in a title, one known
   * word after another capitalized word is the head of a longer name, not the known thing.
   */
  private static boolean headOfTitleName(String field, Candidate c, String text) {
    if (!c.inTitle() || c.entry() == null || text.indexOf(' ') >= 0
        || !NameShape.isCapitalized(text) || c.start() < 2 || field.charAt(c.start() - 1) != ' ') {
      return false;
    }
    int from = field.lastIndexOf(' ', c.start() - 2) + 1;
    String before = field.substring(from, c.start() - 1);
    // a gerund ("Evaluating Chain-of-Thought") or a preposition leads into the name instead
    return NameShape.isCapitalized(before) && !before.endsWith("ing")
        && before.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-');
  }

  private static boolean hasNumber(Sentence s) {
    return s != null && s.text().chars().anyMatch(Character::isDigit);
  }

  static String norm(AnalyzedPaper paper, Candidate c) {
    return Names.normalize(paper.field(c.inTitle()).substring(c.start(), c.end()));
  }
}
