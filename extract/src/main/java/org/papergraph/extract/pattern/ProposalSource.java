package org.papergraph.extract.pattern;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.papergraph.extract.EntityType;
import org.papergraph.extract.text.AnalyzedPaper;
import org.papergraph.extract.text.Sentence;
import org.papergraph.extract.text.Word;

/**
 * The paper's own names: "we propose/introduce/present X", "a method called X", "which we call
 * X", "X, our ...", and the title's "X: ..." prefix (typed when the title goes on "X: A
 * Benchmark for ..."). Candidates have source {@code proposal}; the
 * type comes from the nearest head noun ("a new benchmark, X"; "X, a framework for"), else Method.
 */
public final class ProposalSource implements CandidateSource {

  public static final String SOURCE = "proposal";
  static final double CONFIDENCE = 0.7;
  /** A plain capitalized word typed only by its appositive: just above the combiner's threshold. */
  static final double PLAIN_CONFIDENCE = 0.5;
  private static final int WINDOW = 14;

  private static final Set<String> VERBS = Set.copyOf(java.util.Arrays.asList("propose", "proposes", "introduce",
      "introduces", "present", "presents", "release", "releases", "develop", "develops", "design",
      "build", "construct", "create", "curate", "contribute", "call", "name", "dub", "term",
      "offer", "unveil", "open-source"));
  private static final Set<String> NAMING = Set.copyOf(java.util.Arrays.asList("called", "named", "dubbed", "termed",
      "coined", "namely"));

  private static final Set<String> FUNCTION = Set.copyOf(java.util.Arrays.asList("the", "a", "an",
      "that", "which", "who", "for", "to", "and", "or", "with", "is", "are", "was", "were", "as",
      "in", "on", "of", "by", "from", "at", "into", "via", "can", "could", "will", "would", "to",
      "achieves", "outperforms", "uses", "enables", "allows", "leverages", "improves", "has",
      "have", "consists", "combines", "learns", "based", "built", "trained", "designed"));

  /** "Compared to X, our ...", "Unlike X, our ...": X is the other system, not ours. */
  private static final Set<String> PREPOSITIONS = Set.of("to", "with", "unlike", "than", "over",
      "vs", "vs.", "versus", "from", "like", "of", "on", "in", "against", "beyond");

  @Override
  public String name() {
    return SOURCE;
  }

  @Override
  public void find(AnalyzedPaper paper, List<Candidate> out) {
    for (Sentence s : paper.sentences()) {
      if (s.inTitle()) {
        title(s, paper.field(false), out);
        continue;
      }
      List<Word> w = s.words();
      for (int i = 0; i < w.size(); i++) {
        String lw = w.get(i).lower();
        if ((VERBS.contains(lw) && weBefore(w, i)) || NAMING.contains(lw)) {
          proposed(s, i, out);
        } else if (lw.equals("our") && i >= 2 && s.field().charAt(w.get(i - 1).end()) == ','
            && NameShape.isNameLike(w.get(i - 1).text())
            && !(i >= 3 && PREPOSITIONS.contains(w.get(i - 2).lower()))) {
          Word n = w.get(i - 1);
          out.add(candidate(s, n, typeAfter(w, i), CONFIDENCE));
        }
      }
    }
  }

  /** Who proposes: "we introduce", "this paper / work / report / study presents". */
  private static final Set<String> AUTHORS = Set.of("we", "paper", "work", "report", "study");

  private static boolean weBefore(List<Word> w, int i) {
    for (int k = Math.max(0, i - 4); k < i; k++) {
      String t = w.get(k).lower();
      if (AUTHORS.contains(t)) {
        return true;
      }
    }
    return false;
  }

  private void proposed(Sentence s, int verb, List<Candidate> out) {
    List<Word> w = s.words();
    String f = s.field();
    for (int k = verb + 1; k < Math.min(w.size(), verb + WINDOW); k++) {
      Word x = w.get(k);
      boolean nameLike = NameShape.isNameLike(x.text()) && !modifies(s, k);
      if (nameLike || k == verb + 1 && appositiveName(s, k)) {
        EntityType t = typeAfter(w, k + 1);
        if (t == null) {
          t = typeBetween(w, verb + 1, k);
        }
        if (t == null && NAMING.contains(w.get(verb).lower())) {
          t = namedType(w, verb);
        }
        out.add(candidate(s, x, t, nameLike ? CONFIDENCE : PLAIN_CONFIDENCE));
        return;
      }
      if (x.end() < f.length() && ".;:".indexOf(f.charAt(x.end())) >= 0) {
        return;
      }
    }
  }

  /**
   * A capitalized word that is not name-shaped ("Bunny", "Orca"), right after the verb and typed
   * as a model, benchmark or dataset by an appositive: "we introduce Bunny, a family of
   * lightweight MLLMs". ("X, a new architecture" is as often a model as a method: left out.)
   */
  private static boolean appositiveName(Sentence s, int k) {
    List<Word> w = s.words();
    Word x = w.get(k);
    if (!NameShape.isCapitalized(x.text()) || x.end() >= s.field().length()
        || s.field().charAt(x.end()) != ',') {
      return false;
    }
    EntityType t = typeAfter(w, k + 1);
    return t == EntityType.MODEL || t == EntityType.BENCHMARK || t == EntityType.DATASET;
  }

  /** True when the word is a modifier of a following lower-case noun ("SSM layer"). */
  private static boolean modifies(Sentence s, int k) {
    List<Word> w = s.words();
    if (k + 1 >= w.size()) {
      return false;
    }
    Word next = w.get(k + 1);
    boolean adjacent = s.field().substring(w.get(k).end(), next.start()).isBlank();
    return adjacent && Character.isLowerCase(next.text().charAt(0))
        && next.text().chars().allMatch(c -> Character.isLetter(c) || c == '-')
        && !FUNCTION.contains(next.lower());
  }

  private void title(Sentence s, String abstractText, List<Candidate> out) {
    String f = s.field();
    int colon = f.indexOf(':');
    if (colon <= 0 || colon > 40) {
      return;
    }
    List<Word> w = s.words();
    if (w.isEmpty()) {
      return;
    }
    if (w.get(0).end() != colon) {
      titlePhrase(s, abstractText, colon, out);
      return;
    }
    Word x = w.get(0);
    if (NameShape.isNameLike(x.text()) || NameShape.isCapitalized(x.text())) {
      out.add(candidate(s, x, titleType(w, 1), NameShape.isNameLike(x.text()) ? CONFIDENCE
          : 0.5));
    }
  }

  /**
   * "Agentic Robot: A Brain-Inspired Framework ...": two to four capitalized words before the
   * colon, no function word among them and no gerund first ("Rethinking KenLM"), name the
   * paper's system when the abstract repeats them word for word ("We present Agentic Robot").
   * Catchphrase titles ("Beyond Turn Limits: ...") are rarely repeated.
   */
  private static void titlePhrase(Sentence s, String abstractText, int colon, List<Candidate> out) {
    List<Word> w = s.words();
    int n = 0;
    while (n < w.size() && w.get(n).end() <= colon) {
      n++;
    }
    if (n < 2 || n > 4 || w.get(n - 1).end() != colon || w.get(0).lower().endsWith("ing")) {
      return;
    }
    for (int k = 0; k < n; k++) {
      Word x = w.get(k);
      boolean spaced = k == 0 || s.field().substring(w.get(k - 1).end(), x.start()).equals(" ");
      if (!spaced || !(NameShape.isCapitalized(x.text()) || NameShape.isNameLike(x.text()))
          || FUNCTION.contains(x.lower())
          || PREPOSITIONS.contains(x.lower()) || TITLE_LEADS.contains(x.lower())) {
        return;
      }
    }
    String phrase = s.field().substring(w.get(0).start(), colon);
    if (abstractText.contains(phrase)) {
      out.add(new Candidate(w.get(0).start(), colon, true, titleType(w, n), CONFIDENCE, SOURCE,
          null, null));
    }
  }

  /** Words that open a catchphrase title rather than a name: "Towards ...", "Make ...". */
  private static final Set<String> TITLE_LEADS = Set.of("towards", "toward", "beyond", "make",
      "when", "why", "how", "what", "do", "does", "can", "is", "are", "not", "more", "less",
      "every", "all", "your", "you", "we", "our", "one", "meets", "beats", "matters");

  /**
   * "X: A Benchmark for ...", "X: An Open Dataset of ...", "X: A Framework for ...": an article
   * right after the colon and a head noun within the next four words type the name; without the
   * article a benchmark or dataset noun must close the phrase ("X: Enhanced Coding Benchmark for
   * LLMs"); anything else ("X: Towards ...", "X: Language Model Agents ...") leaves the type to
   * other evidence.
   */
  static EntityType titleType(List<Word> w, int first) {
    if (w.size() < first + 2) {
      return null;
    }
    boolean article = Set.of("a", "an", "the").contains(w.get(first).lower());
    for (int k = article ? first + 1 : first; k < Math.min(w.size(), first + (article ? 5 : 4));
        k++) {
      EntityType h = Cues.head(w.get(k).text());
      boolean closes = k + 1 == w.size() || CLOSING.contains(w.get(k + 1).lower());
      if (h != null && (article || closes && (h == EntityType.BENCHMARK
          || h == EntityType.DATASET))) {
        return h == EntityType.TASK ? null : h;
      }
      if (CLOSING.contains(w.get(k).lower())) {
        return null;
      }
    }
    return null;
  }

  private static final Set<String> CLOSING = Set.of("for", "of", "to", "with", "on", "in", "and",
      "via");

  /**
   * Type from an appositive or head right after position {@code from}: ", a new benchmark", ", a
   * versatile and compact embedding model", ", a novel multimodal large language model": six words,
   * eight when they open with an article (a longer run without one is a clause, not a noun
   * phrase: "X, tackles open-vocabulary segmentation tasks"). "and" between two lower-case
   * modifiers goes on; any other clause word ends the search.
   */
  static EntityType typeAfter(List<Word> w, int from) {
    boolean article = from < w.size()
        && Set.of("a", "an", "the", "our").contains(w.get(from).lower());
    for (int k = from; k < Math.min(w.size(), from + (article ? 8 : 6)); k++) {
      String t = w.get(k).lower();
      EntityType h = Cues.head(t);
      if (h != null) {
        return h;
      }
      boolean joinsModifiers = t.equals("and") && k > from && k + 1 < w.size()
          && Character.isLowerCase(w.get(k - 1).text().charAt(0));
      if (!joinsModifiers && CLAUSE.contains(t)) {
        return null;
      }
    }
    return null;
  }

  private static final Set<String> CLAUSE = Set.of("for", "that", "which", "to", "with", "on",
      "in", "and");

  /**
   * The head noun right before a naming verb: "our model, named X". A task there is usually what
   * the named thing is for: see {@link #typeBetween}.
   */
  private static EntityType namedType(List<Word> w, int verb) {
    EntityType t = typeBetween(w, Math.max(0, verb - 3), verb);
    return t == EntityType.TASK ? typeBetween(w, Math.max(0, verb - 10), verb) : t;
  }

  /**
   * The last head noun in {@code w[from, to)}, except a task that only says what an earlier head
   * is for: "a diffusion model for paragraph-to-image generation task, termed X" names a model.
   */
  private static EntityType typeBetween(List<Word> w, int from, int to) {
    EntityType found = null;
    EntityType beforeFor = null;
    for (int k = from; k < to; k++) {
      if (w.get(k).lower().equals("for")) {
        beforeFor = found;
      }
      EntityType h = Cues.head(w.get(k).text());
      if (h != null) {
        found = h;
      }
    }
    return found == EntityType.TASK && beforeFor != null ? beforeFor : found;
  }

  private Candidate candidate(Sentence s, Word x, EntityType t, double c) {
    // "ProteinBench, a holistic evaluation framework": the field names benchmarks "...Bench"
    if ((t == null || t == EntityType.METHOD) && BenchmarkCueSource.isBenchmarkShape(x.text())
        && x.lower().contains("bench")) {
      t = EntityType.BENCHMARK;
    }
    return new Candidate(x.start(), x.end(), s.inTitle(), t, c, SOURCE, null, null);
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
