package org.papergraph.extract.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.papergraph.extract.EntityType;
import org.papergraph.extract.ner.StatisticalNameFinder;
import org.papergraph.extract.ner.TypedTokenSpan;
import org.papergraph.extract.text.AnalyzedPaper;
import org.papergraph.extract.text.Sentence;
import org.papergraph.extract.text.Token;

/**
 * Candidates from the statistical name finder (OpenNLP maxent over the pipeline's own tokens).
 * The abstract is one document for the model's adaptive features; the title is a document of its
 * own. A name's token span becomes a character span through the tokens' field offsets (set once
 * by {@link org.papergraph.extract.text.Offsets}), and its confidence is the model's mean outcome
 * probability scaled by {@link #WEIGHT}, so a name the model alone proposes needs a probability
 * of about 0.75 to pass the combiner, while agreeing with the dictionary or a pattern adds to
 * theirs. Thread-safe: the finder keeps one decoder per thread and clears it per document.
 */
public final class NameFinderSource implements CandidateSource {

  public static final String SOURCE = "model";

  /** Model probability to candidate confidence. */
  static final double WEIGHT = 0.6;

  /**
   * Task names: the model's Task precision is low on unseen abstracts (cross-validated on the
   * TUNED papers, train on two thirds, score the third: model-only Task P 0.26, and adding
   * model-only Task names to dictionary + patterns gave 7 false positives and no true one), so a
   * Task name never passes on the model's word alone (at most 0.4 below the combiner threshold)
   * but still adds to a pattern's or the dictionary's confidence when they agree.
   */
  static final double TASK_WEIGHT = 0.4;

  private final StatisticalNameFinder finder;

  public NameFinderSource(StatisticalNameFinder finder) {
    this.finder = Objects.requireNonNull(finder, "finder");
  }

  /** A source on the committed model. */
  public static NameFinderSource bundled() {
    return new NameFinderSource(StatisticalNameFinder.bundled());
  }

  @Override
  public String name() {
    return SOURCE;
  }

  @Override
  public void find(AnalyzedPaper paper, List<Candidate> out) {
    for (boolean title : new boolean[] {true, false}) {
      List<Sentence> sentences = paper.sentences().stream().filter(s -> s.inTitle() == title)
          .toList();
      if (sentences.isEmpty()) {
        continue;
      }
      List<String[]> tokens = new ArrayList<>(sentences.size());
      for (Sentence s : sentences) {
        tokens.add(s.tokens().stream().map(Token::text).toArray(String[]::new));
      }
      List<List<TypedTokenSpan>> names = finder.findInDocument(tokens);
      for (int i = 0; i < sentences.size(); i++) {
        List<Token> t = sentences.get(i).tokens();
        for (TypedTokenSpan n : names.get(i)) {
          Optional<EntityType> type = n.entityType();
          if (type.isEmpty() || n.end() > t.size()) {
            continue;
          }
          int start = t.get(n.start()).start();
          int end = t.get(n.end() - 1).end();
          String text = sentences.get(i).field().substring(start, end);
          if (!Cues.isGeneric(text)) {
            double weight = type.get() == EntityType.TASK ? TASK_WEIGHT : WEIGHT;
            out.add(Candidate.of(start, end, title, type.get(), weight * n.probability(),
                SOURCE));
          }
        }
      }
    }
  }
}
