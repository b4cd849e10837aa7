package org.papergraph.extract.pattern;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.papergraph.extract.text.AnalyzedPaper;
import org.papergraph.extract.text.Sentence;
import org.papergraph.extract.text.Word;

/**
 * Name-shaped words (MiniPLM, H3, PixelRec) that a paper uses at least twice, or introduces alone
 * in parentheses ("... layers (Mamba-2-Hybrid)"). The type is left open: the combiner takes it
 * from other evidence for the same name, else Method.
 */
public final class RepeatedNameSource implements CandidateSource {

  static final double CONFIDENCE = 0.6;

  @Override
  public String name() {
    return "name";
  }

  @Override
  public void find(AnalyzedPaper paper, List<Candidate> out) {
    Map<String, Integer> counts = new HashMap<>();
    for (Sentence s : paper.sentences()) {
      for (Word w : s.words()) {
        if (NameShape.isNameLike(w.text())) {
          counts.merge(AcronymSource.stripPlural(w.text()), 1, Integer::sum);
        }
      }
    }
    for (Sentence s : paper.sentences()) {
      String f = s.field();
      for (Word w : s.words()) {
        if (!NameShape.isNameLike(w.text())) {
          continue;
        }
        boolean repeated = counts.get(AcronymSource.stripPlural(w.text())) >= 2;
        boolean parenthesized = w.start() > 0 && f.charAt(w.start() - 1) == '('
            && w.end() < f.length() && f.charAt(w.end()) == ')';
        if (repeated || parenthesized) {
          out.add(new Candidate(w.start(), w.end(), s.inTitle(), null, CONFIDENCE, name(), null,
              null));
        }
      }
    }
  }
}
