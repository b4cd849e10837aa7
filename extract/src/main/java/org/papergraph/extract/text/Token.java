package org.papergraph.extract.text;

/**
 * One token of a sentence, with character offsets into the field it came from (title or
 * abstract).
 *
 * @param text the token's surface text, equal to {@code field.substring(start, end)}
 * @param start first character, inclusive
 * @param end last character, exclusive
 * @param pos universal POS tag (NOUN, PROPN, ADJ, ...) or {@link #UNTAGGED}; sentences are
 *     tagged on demand with {@link TextAnalyzer#tag(String[])}
 */
public record Token(String text, int start, int end, String pos) {

  public static final String UNTAGGED = "X";

  public boolean isNounLike() {
    return pos.equals("NOUN") || pos.equals("PROPN");
  }
}
