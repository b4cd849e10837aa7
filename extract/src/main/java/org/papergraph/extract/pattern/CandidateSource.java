package org.papergraph.extract.pattern;

import java.util.List;
import org.papergraph.extract.text.AnalyzedPaper;

/**
 * Something that proposes mentions: the dictionary, a pattern, or a statistical name finder. Every
 * source is thread-safe and stateless between papers.
 */
public interface CandidateSource {

  /** Short name used as {@link org.papergraph.extract.Mention#source()} and in provenance. */
  String name();

  /** Adds the candidates it finds in {@code paper} to {@code out}. */
  void find(AnalyzedPaper paper, List<Candidate> out);
}
