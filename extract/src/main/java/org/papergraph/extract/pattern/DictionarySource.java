package org.papergraph.extract.pattern;

import java.util.List;
import org.papergraph.extract.Dictionary;
import org.papergraph.extract.DictionaryEntry;
import org.papergraph.extract.match.DictionaryMatcher;
import org.papergraph.extract.text.AnalyzedPaper;
import org.papergraph.extract.text.Sentence;

/** Candidates from the curated dictionary, one per matching entry (so per possible type). */
public final class DictionarySource implements CandidateSource {

  static final double CONFIDENCE = 0.9;

  private final DictionaryMatcher matcher;

  public DictionarySource(Dictionary dictionary) {
    this.matcher = new DictionaryMatcher(dictionary);
  }

  @Override
  public String name() {
    return "dictionary";
  }

  @Override
  public void find(AnalyzedPaper paper, List<Candidate> out) {
    for (Sentence s : paper.sentences()) {
      for (DictionaryMatcher.Match m : matcher.find(s.pieces())) {
        for (DictionaryEntry e : m.entries()) {
          out.add(new Candidate(m.start(), m.end(), s.inTitle(), e.type(), CONFIDENCE, name(), e,
              null));
        }
      }
    }
  }
}
