package org.papergraph.extract.text;

/**
 * A whitespace-delimited word with surrounding punctuation stripped ("(Mamba-2-Hybrid)." gives
 * {@code Mamba-2-Hybrid}); names are read from words, because the tokenizer splits some of them.
 *
 * @param text surface text, equal to {@code field.substring(start, end)}
 * @param start first character in the field
 * @param end after the last character
 * @param pos POS tag of its last token, {@link Token#UNTAGGED} until tagged
 * @param index position in the sentence's word list
 */
public record Word(String text, int start, int end, String pos, int index) {

  public boolean isNounLike() {
    return pos.equals("NOUN") || pos.equals("PROPN");
  }

  /** Lower-case text. */
  public String lower() {
    return text.toLowerCase(java.util.Locale.ROOT);
  }
}
