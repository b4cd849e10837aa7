package org.papergraph.extract.pattern;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.papergraph.extract.EntityType;
import org.papergraph.extract.text.AnalyzedPaper;
import org.papergraph.extract.text.Sentence;
import org.papergraph.extract.text.TextAnalyzer;
import org.papergraph.extract.text.Word;

/**
 * Task and method names nobody listed: noun phrases (OpenNLP POS tags) ending in a cue head such
 * as "translation", "generation" (Task) or "distillation" (Method), with at least one specific
 * modifier: "speech-to-speech translation", "teacher ensemble distillation"; and
 * metrics named by what they count, next to their score: "89% element accuracy".
 */
public final class NounPhraseSource implements CandidateSource {

  static final double CONFIDENCE = 0.5;
  private static final int MAX_MODIFIERS = 3;
  private static final Set<String> MEASURE_HEADS = Set.of("accuracy", "rate", "rates");

  private static final Set<String> TASK = Set.copyOf(java.util.Arrays.asList("translation", "summarization",
      "summarisation", "answering", "recognition", "classification", "generation", "detection",
      "segmentation", "retrieval", "reasoning", "modeling", "modelling", "captioning", "parsing",
      "tagging", "comprehension", "understanding", "following", "completion", "extraction",
      "tracking", "estimation", "synthesis", "editing", "grounding", "forecasting",
      "localization", "transcription", "verification", "inpainting", "planning"));
  private static final Set<String> METHOD = Set.copyOf(java.util.Arrays.asList("learning", "tuning", "fine-tuning",
      "finetuning", "distillation", "prompting", "pre-training", "pretraining",
      "quantization", "pruning", "decoding", "sampling", "search", "optimization",
      "regularization", "augmentation", "algorithm", "pseudo-labeling", "normalization",
      "adaptation", "merging", "initialization", "encoding", "embeddings", "dropout",
      "convolution", "autoencoder", "autoencoders"));
  /**
   * Heads whose free phrases annotators mark as names. Over the read development sets fewer than
   * one in three phrases on the other method heads were marked ("policy learning", "tree search",
   * "text embeddings", "weight quantization"), against most distillation phrases; the other method
   * heads stay cue words (a metric is not named after them: "learning rate").
   */
  private static final Set<String> NAMING_METHOD_HEADS = Set.of("distillation", "pseudo-labeling");

  private static boolean namesMethods(String head) {
    return NAMING_METHOD_HEADS.contains(head) || NAMING_METHOD_HEADS.contains(last(head));
  }

  private static final Set<String> GENERIC = Set.copyOf(java.util.Arrays.asList("new", "novel", "existing", "various",
      "different", "better", "strong", "stronger", "efficient", "effective", "large", "small",
      "such", "other", "more", "most", "recent", "previous", "prior", "standard", "significant",
      "multiple", "several", "many", "diverse", "downstream", "specific", "general", "simple",
      "extensive", "comprehensive", "additional", "further", "high", "low", "higher", "lower",
      "key", "main", "traditional", "conventional", "current", "future", "same", "similar",
      "overall", "complex", "robust", "complete", "whole", "full", "final", "first", "second",
      "a", "an", "the", "this", "that", "these", "those", "our", "their", "its", "both", "each",
      "all", "any",
      "some", "few", "wide", "broad", "potential", "practical", "challenging", "difficult",
      "fundamental", "critical", "crucial", "important", "powerful", "remarkable", "superior",
      "improved", "enhanced", "proposed", "resulting", "underlying", "typical", "common",
      "popular", "best", "state-of-the-art", "limited", "poor", "rich", "model", "models",
      "task", "tasks", "data", "training", "performance", "better", "efficient", "scalable",
      "faster", "fast", "accurate", "strong", "advanced", "modern", "single", "unified",
      "various", "open", "entire", "naive", "vanilla", "direct", "original", "task-specific",
      "human", "effective", "natural", "good", "great", "generic", "relevant", "whose", "which",
      "llm", "llms", "lm", "lms", "current", "end-to-end", "without", "with", "improves",
      "use", "using", "used", "high-quality", "low-quality", "large-scale", "small-scale",
      "average", "distinct", "open-source", "rigorous", "reliable", "holistic", "perform",
      "performs", "performing", "enhance", "enhances", "guide", "guides", "assess",
      "assesses", "improve", "boost", "boosts", "facilitate", "facilitates", "enable", "achieve",
      "achieves", "require", "requires", "optimal", "suboptimal",
      // verbs the POS model often tags as nouns after "we" or "to": "we leverage X", "to address X"
      "leverage", "leverages", "address", "addresses", "utilize", "utilizes", "employ", "employs",
      "adopt", "adopts", "introduce", "introduces", "propose", "proposes", "explore", "explores",
      "apply", "applies", "termed", "named", "called", "dubbed", "coined"));

  private final TextAnalyzer tagger;

  /** Tags the few words before each cue head with {@code tagger}'s POS model. */
  public NounPhraseSource(TextAnalyzer tagger) {
    this.tagger = tagger;
  }

  @Override
  public String name() {
    return "phrase";
  }

  @Override
  public void find(AnalyzedPaper paper, List<Candidate> out) {
    for (Sentence s : paper.sentences()) {
      if (s.inTitle()) {
        titleTasks(s, out);
        continue;
      }
      List<Word> w = s.words();
      for (int i = 1; i < w.size(); i++) {
        // a URL or path ending in "-Retrieval" is no phrase head
        EntityType t = w.get(i).text().indexOf('/') >= 0 ? null : typeOf(w.get(i).lower());
        if (t == null && MEASURE_HEADS.contains(w.get(i).lower()) && nearNumber(w, i)) {
          t = EntityType.METRIC;
        }
        if (t == null) {
          continue;
        }
        int from = Math.max(0, i - MAX_MODIFIERS - 1);
        String[] window = new String[i - from + 1];
        for (int k = from; k <= i; k++) {
          window[k - from] = w.get(k).text();
        }
        // tags only when a word passes the tag-independent modifier checks: most heads follow
        // a function word ("the", "for") and need no tagging at all
        String[] tags = null;
        int first = i;
        while (first > from && i - first < MAX_MODIFIERS
            && modifierShape(s, w.get(first - 1), w.get(first))) {
          if (tags == null) {
            tags = tagger.tag(window);
          }
          if (!modifierTag(w.get(first - 1), tags[first - 1 - from])) {
            break;
          }
          first--;
        }
        while (first < i && !startsPhrase(w.get(first), tags[first - from])) {
          first++;
        }
        if (t == EntityType.METHOD && !namesMethods(w.get(i).lower())
            || t == EntityType.TASK && modeling(w.get(i)) && modelsBy(w, first, i)) {
          continue;
        }
        String phrase = s.field().substring(w.get(first).start(), w.get(i).end());
        if (t == EntityType.METRIC && !measureModifiers(w, first, i)) {
          continue;
        }
        if (first < i && !Cues.isGeneric(phrase)) {
          out.add(Candidate.of(w.get(first).start(), w.get(i).end(), s.inTitle(), t, CONFIDENCE,
              name()));
        }
      }
    }
  }

  private static final Set<String> TITLE_LEAD = Set.of("for", "to", "in", "on", "of", "via",
      "towards", "toward", "through", "and", "with");

  /**
   * A title names its task in capitals after a preposition: "... for Chest X-Ray Report
   * Generation", "Towards Language Modeling with ...": a run of capitalized words (no names, no
   * function words, no leading gerund such as "Learning") that ends in a task head. Confidence as
   * for phrases in the text.
   */
  private static void titleTasks(Sentence s, List<Candidate> out) {
    List<Word> w = s.words();
    for (int i = 1; i < w.size(); i++) {
      Word head = w.get(i);
      if (!TASK.contains(head.lower()) || !NameShape.isCapitalized(head.text())) {
        continue;
      }
      boolean closes = i + 1 == w.size() || TITLE_LEAD.contains(w.get(i + 1).lower())
          || !s.field().substring(head.end(), w.get(i + 1).start()).isBlank();
      int first = i;
      while (first > 0 && i - first < 4 && capitalPart(w.get(first - 1).text())
          && s.field().substring(w.get(first - 1).end(), w.get(first).start()).equals(" ")
          && !TITLE_LEAD.contains(w.get(first - 1).lower())) {
        first--;
      }
      // after a preposition; right after "X:" the capitals spell out X's own name
      boolean led = first > 0 && TITLE_LEAD.contains(w.get(first - 1).lower());
      while (first < i && (GENERIC.contains(w.get(first).lower())
          || w.get(first).lower().endsWith("ing"))) {
        first++;
      }
      if (closes && led && first < i) {
        out.add(Candidate.of(w.get(first).start(), head.end(), true, EntityType.TASK, CONFIDENCE,
            "phrase"));
      }
    }
  }

  /** A title word that can be part of a task name: capitalized, not a name or a function word. */
  private static boolean capitalPart(String t) {
    return Character.isUpperCase(t.charAt(0)) && !NameShape.isNameLike(t)
        && t.chars().allMatch(c -> Character.isLetter(c) || c == '-');
  }

  /**
   * "32.8% fine-grained interaction accuracy", "element accuracy (89%)": a measure named by what
   * it counts is written next to its score; elsewhere ("improves completion accuracy") the
   * phrase describes a quality, not a metric.
   */
  private static boolean nearNumber(List<Word> w, int head) {
    for (int k = Math.max(0, head - 5); k < Math.min(w.size(), head + 5); k++) {
      if (Character.isDigit(w.get(k).text().charAt(0))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The words before "accuracy" say what is counted, not whose accuracy it is: no name
   * ("AMC23 accuracy" is a benchmark's accuracy) and no task or method ("speech recognition
   * accuracy").
   */
  private static boolean measureModifiers(List<Word> w, int first, int head) {
    for (int k = first; k < head; k++) {
      String t = w.get(k).text();
      if (NameShape.isNameLike(t) || typeOf(w.get(k).lower()) != null) {
        return false;
      }
    }
    return true;
  }

  /** Words that say how something is modeled: the technique, not the task. */
  private static final Set<String> MODELING_TECHNIQUE = Set.of("autoregressive",
      "auto-regressive", "masked", "mask", "diffusion", "generative", "token", "reward", "flow",
      "next-token", "score-based", "energy-based");

  /**
   * "masked audio token modeling", "diffusion modeling": modeling by a technique describes a
   * method (annotators did not mark these free phrases); modeling of a thing ("language
   * modeling", "motion modeling") stays a task.
   */
  private static boolean modelsBy(List<Word> w, int first, int head) {
    for (int k = first; k < head; k++) {
      if (MODELING_TECHNIQUE.contains(w.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  private static boolean modeling(Word head) {
    return head.lower().equals("modeling") || head.lower().equals("modelling");
  }

  /** A phrase starts with a noun or a hyphenated compound, never an adjective or a verb. */
  private static boolean startsPhrase(Word m, String pos) {
    return m.text().indexOf('-') > 0 && !pos.equals("VERB")
        || (pos.equals("NOUN") || pos.equals("PROPN")) && !m.lower().endsWith("ing");
  }

  private static String last(String hyphenated) {
    return hyphenated.substring(hyphenated.lastIndexOf('-') + 1);
  }

  static EntityType typeOf(String head) {
    if (TASK.contains(head)) {
      return EntityType.TASK;
    }
    String last = last(head);
    if (METHOD.contains(head) || METHOD.contains(last)) {
      return EntityType.METHOD;
    }
    return TASK.contains(last) && head.contains("-") ? EntityType.TASK : null;
  }

  /**
   * "Voicebox-based speech synthesis", "LLM-based text-to-speech": a name with "-based" (or
   * -driven, -guided, ...) says how the task is done; the task itself is the rest.
   */
  private static final Pattern NAMED_MANNER = Pattern.compile(
      "\\p{Lu}\\S*-(?:based|driven|guided|style|like|powered|enhanced|assisted|conditioned|aware)");

  private static final Pattern SIZE =
      Pattern.compile("\\d+(?:\\.\\d+)?[KMBT]");

  /** The checks on a modifier that need no POS tag: spacing, generic words, case, inflection. */
  private static boolean modifierShape(Sentence s, Word m, Word next) {
    if (!s.field().substring(m.end(), next.start()).equals(" ")
        || m.index() > 0 && SIZE.matcher(s.words().get(m.index() - 1).text()).matches()) {
      return false; // "a 1.5B parameter mathematical reasoning model": the size's noun
    }
    String t = m.text();
    String lower = t.toLowerCase(Locale.ROOT);
    if (GENERIC.contains(lower) || !Character.isLetter(t.charAt(0))
        || NAMED_MANNER.matcher(t).matches()
        || (Character.isUpperCase(t.charAt(0)) && !s.inTitle() && !NameShape.isNameLike(t)
            && m.index() == 0)) {
      return false;
    }
    return !comparative(lower) && !inflectedS(lower);
  }

  /** A modifier's tag: an adjective, a noun, or a participle ("fine-tuned", "self-supervised"). */
  private static boolean modifierTag(Word m, String pos) {
    String lower = m.text().toLowerCase(Locale.ROOT);
    return pos.equals("ADJ") || pos.equals("NOUN") || pos.equals("PROPN")
        || (pos.equals("VERB") && (lower.endsWith("ed") || lower.endsWith("ing")));
  }

  /** Comparatives and superlatives: a comparison describes, it does not name. */
  private static final Set<String> COMPARATIVE = Set.copyOf(java.util.Arrays.asList("deeper",
      "broader", "richer", "finer", "wider", "larger", "smaller", "longer", "shorter", "greater",
      "easier", "harder", "simpler", "cheaper", "weaker", "newer", "older", "tighter", "closer",
      "clearer", "lighter", "heavier", "smarter", "deepest", "broadest", "largest", "smallest",
      "longest", "greatest", "easiest", "hardest", "simplest", "strongest", "latest", "finest",
      "fastest", "slower", "slowest", "cheapest", "weakest", "widest", "richest"));

  static boolean comparative(String lower) {
    return COMPARATIVE.contains(lower);
  }

  /**
   * A word ending in a plural or third-person "-s" ("messages", "hinders"): English compound
   * names take singular modifiers ("message detection"), so such a word ends the phrase. Words
   * whose "-s" is no inflection (class, corpus, analysis, physics, news) stay modifiers.
   */
  static boolean inflectedS(String lower) {
    return lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss")
        && !lower.endsWith("us") && !lower.endsWith("is") && !lower.endsWith("ics")
        && !lower.endsWith("ous") && !lower.equals("news");
  }
}
