package org.papergraph.extract.text;

import java.util.List;
import org.papergraph.extract.Span;
import org.papergraph.extract.match.Piece;

/**
 * A sentence of the title or the abstract: its span, its text and its tokens.
 *
 * @param span where it stands ({@link Span#inTitle()} for the title)
 * @param field the whole field text (title or abstract) that all offsets index into
 * @param tokens tokens in order, offsets into {@code field}
 * @param words whitespace words with punctuation stripped, see {@link Word}
 * @param pieces matching units of the sentence (see {@link Piece}), offsets into {@code field}
 */
public record Sentence(Span span, String field, List<Token> tokens, List<Word> words,
    List<Piece> pieces) {

  public Sentence {
    tokens = List.copyOf(tokens);
    words = List.copyOf(words);
    pieces = List.copyOf(pieces);
  }

  public boolean inTitle() {
    return span.inTitle();
  }

  public String text() {
    return field.substring(span.start(), span.end());
  }

  /** A span of this sentence's field, in the same field (title or abstract). */
  public Span spanOf(int start, int end) {
    return new Span(start, end, span.inTitle());
  }
}
