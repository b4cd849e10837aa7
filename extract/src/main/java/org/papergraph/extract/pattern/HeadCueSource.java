package org.papergraph.extract.pattern;

import java.util.List;
import java.util.Set;
import org.papergraph.extract.EntityType;
import org.papergraph.extract.text.AnalyzedPaper;
import org.papergraph.extract.text.Sentence;
import org.papergraph.extract.text.Word;

/**
 * Names typed by the words around them: "the X benchmark", "X dataset", "X, a benchmark for",
 * "on X" (a Benchmark in evaluation sentences, a Dataset after training verbs). Only name-shaped
 * words (or runs of capitalized words before a head noun) qualify.
 */
public final class HeadCueSource implements CandidateSource {

  static final double CONFIDENCE = 0.65;
  /**
   * One plain capitalized word before a method head ("an Instructor module", "the Planner
   * component") is often a role written with a capital, not a name: below the combiner's
   * threshold on its own, kept when other evidence agrees.
   */
  static final double PLAIN_METHOD = 0.4;
  private static final Set<String> COPULA = Set.of("is", "was");
  private static final Set<String> TRAIN = Set.copyOf(java.util.Arrays.asList("trained", "train", "pretrained", "pre-trained",
      "pretrain", "pre-train", "finetuned", "fine-tuned", "fine-tune", "finetune", "training",
      "pretraining", "pre-training"));

  @Override
  public String name() {
    return "cue";
  }

  @Override
  public void find(AnalyzedPaper paper, List<Candidate> out) {
    for (Sentence s : paper.sentences()) {
      List<Word> w = s.words();
      for (int i = 0; i < w.size(); i++) {
        Word x = w.get(i);
        boolean nameLike = NameShape.isNameLike(x.text());
        if (i + 1 < w.size()) {
          EntityType h = Cues.head(w.get(i + 1).text());
          if (h != null && adjacent(s, x, w.get(i + 1))) {
            headed(s, i, h, out);
            continue;
          }
        }
        boolean comma = x.end() < s.field().length() && s.field().charAt(x.end()) == ',';
        if (nameLike && i + 1 < w.size() && (comma
            || COPULA.contains(w.get(i + 1).lower()) && adjacent(s, x, w.get(i + 1)))) {
          // "X, a benchmark for ..." and "X is a lightweight model for ..."
          EntityType h = appositive(w, i + (comma ? 1 : 2));
          if (h != null) {
            out.add(new Candidate(x.start(), x.end(), s.inTitle(), h, CONFIDENCE, name(), null,
                null));
            continue;
          }
        }
        if (i > 0 && namedAfterHead(s, i)) {
          out.add(new Candidate(x.start(), x.end(), s.inTitle(), Cues.head(w.get(i - 1).text()),
              nameLike ? CONFIDENCE : ProposalSource.PLAIN_CONFIDENCE, name(), null, null));
          continue;
        }
        // "on X" names a benchmark or dataset only where the sentence evaluates or trains before
        // it ("applies masks on AEAMs" does neither)
        if (nameLike && i > 1 && w.get(i - 1).lower().equals("on")
            && (EvaluationTargetSource.evaluationBefore(w, i - 1)
                || EvaluationTargetSource.trainingBefore(w, i - 1))) {
          EntityType t = trainedBefore(w, i) ? EntityType.DATASET : EntityType.BENCHMARK;
          out.add(new Candidate(x.start(), x.end(), s.inTitle(), t, 0.55, name(), null, null));
        }
      }
    }
  }

  /**
   * Whether the dictionary knows {@code [start, end)}: "BLEU score" is BLEU, but a measure only
   * the paper names keeps its head ("the GREEN score", "VIE Score"), as annotators write it.
   */
  private static boolean known(Sentence s, int start, int end, List<Candidate> out) {
    for (Candidate c : out) {
      if (c.entry() != null && c.covers(s.inTitle(), start, end)) {
        return true;
      }
    }
    return false;
  }

  private void headed(Sentence s, int i, EntityType h, List<Candidate> out) {
    List<Word> w = s.words();
    int first = i;
    boolean capital = NameShape.isCapitalized(w.get(i).text())
        || NameShape.isNameLike(w.get(i).text());
    while (capital && first > 0 && NameShape.isCapitalized(w.get(first - 1).text())
        && (adjacent(s, w.get(first - 1), w.get(first)) || possessive(s, w.get(first - 1),
            w.get(first))) && i - first < 4) {
      first--;
    }
    if (NameShape.isAdjectival(w.get(i).text())) {
      return;
    }
    boolean nameLike = NameShape.isNameLike(w.get(i).text());
    if (!nameLike && named(s, i + 1)) {
      return; // "the MATH Olympiad benchmark AIME": the words before the head describe the name
    }
    boolean multi = first < i && first > 0 && !s.inTitle();
    if (!multi) {
      first = i;
    }
    if (!nameLike && !multi && !(NameShape.isCapitalized(w.get(i).text()) && i > 0
        && !s.inTitle())) {
      return;
    }
    if (h == EntityType.TASK) {
      h = EntityType.BENCHMARK;
    }
    if (h == EntityType.MODEL && !nameLike) {
      return;
    }
    int start = w.get(first).start();
    // a run of capitalized words takes a capitalized head into its name: "the Massive Text
    // Embedding Benchmark"; a single word keeps it out ("the MMLU Benchmark" is MMLU)
    Word head = w.get(i + 1);
    int end = multi && NameShape.isCapitalized(head.text()) && h != EntityType.METHOD
        || h == EntityType.METRIC && head.lower().equals("score") && !known(s, start,
            w.get(i).end(), out) ? head.end() : w.get(i).end();
    String text = s.field().substring(start, end);
    if (!Cues.isGeneric(text)) {
      double c = h == EntityType.METHOD && first == i && !nameLike ? PLAIN_METHOD : CONFIDENCE;
      out.add(new Candidate(start, end, s.inTitle(), h, c, name(), null, null));
      if (end == head.end() && h == EntityType.METRIC) {
        // the name alone is a metric too: its acronym definition takes the type from it
        out.add(new Candidate(start, w.get(i).end(), s.inTitle(), h, c, name(), null, null));
      }
    }
  }

  /** Whether the lower-case head noun at {@code h} is followed by a name: "benchmark AIME". */
  private static boolean named(Sentence s, int h) {
    List<Word> w = s.words();
    return h + 1 < w.size() && w.get(h).text().equals(w.get(h).lower())
        && NameShape.isNameLike(w.get(h + 1).text()) && adjacent(s, w.get(h), w.get(h + 1));
  }

  /** "the Judge's Verdict Benchmark": a possessive "'s" joins two capitalized words. */
  private static boolean possessive(Sentence s, Word a, Word b) {
    String gap = s.field().substring(a.end(), b.start());
    return gap.equals("'s ") || gap.equals("\u2019s ");
  }

  /**
   * "a new open-source text-to-image model, FLUX, has been introduced", "a large-scale speech
   * recognition model, Whale.": a model, benchmark or dataset noun, a comma, and one capitalized
   * word set off by a comma or the sentence end. Not in titles, whose lists are all capitals.
   */
  private static boolean namedAfterHead(Sentence s, int i) {
    List<Word> w = s.words();
    Word x = w.get(i);
    EntityType h = Cues.head(w.get(i - 1).text());
    if (s.inTitle() || h != EntityType.MODEL && h != EntityType.BENCHMARK && h != EntityType.DATASET
        || !s.field().substring(w.get(i - 1).end(), x.start()).equals(", ")
        || !(NameShape.isNameLike(x.text()) || NameShape.isCapitalized(x.text()))
        || Cues.isGeneric(x.text())) {
      return false;
    }
    int after = x.end();
    return after >= s.span().end() || ",.".indexOf(s.field().charAt(after)) >= 0;
  }

  private static boolean adjacent(Sentence s, Word a, Word b) {
    return s.field().substring(a.end(), b.start()).isBlank();
  }

  private static EntityType appositive(List<Word> w, int from) {
    if (from >= w.size()) {
      return null;
    }
    String first = w.get(from).lower();
    if (!(first.equals("a") || first.equals("an") || first.equals("the"))) {
      return null;
    }
    for (int k = from + 1; k < Math.min(w.size(), from + 5); k++) {
      EntityType h = Cues.head(w.get(k).text());
      if (h != null) {
        return h;
      }
    }
    return null;
  }

  private static boolean trainedBefore(List<Word> w, int i) {
    for (int k = Math.max(0, i - 6); k < i; k++) {
      if (TRAIN.contains(w.get(k).lower())) {
        return true;
      }
    }
    return false;
  }
}
