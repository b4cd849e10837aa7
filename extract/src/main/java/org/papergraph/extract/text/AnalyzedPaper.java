package org.papergraph.extract.text;

import java.util.List;
import org.papergraph.ingest.Paper;

/** A paper with the sentences of its title (first) and abstract, in text order. */
public record AnalyzedPaper(Paper paper, List<Sentence> sentences) {

  public AnalyzedPaper {
    sentences = List.copyOf(sentences);
  }

  /** The field a span indexes into: the title or the abstract. */
  public String field(boolean inTitle) {
    return inTitle ? paper.title() : paper.abstractText();
  }

  /** The sentence containing field offset {@code at}, or null. */
  public Sentence sentenceAt(boolean inTitle, int at) {
    for (Sentence s : sentences) {
      if (s.inTitle() == inTitle && s.span().start() <= at && at < s.span().end()) {
        return s;
      }
    }
    return null;
  }
}
