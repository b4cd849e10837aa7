package org.papergraph.extract.match;

import java.util.ArrayList;
import java.util.List;

/** Splits text into {@link Piece}s in one linear pass. */
public final class Pieces {

  private Pieces() {}

  /** The pieces of {@code text[from, to)}, offsets into {@code text}. */
  public static List<Piece> split(String text, int from, int to) {
    List<Piece> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      int kind = kind(c);
      if (kind == SEPARATOR) {
        i++;
        continue;
      }
      int j = i + 1;
      if (kind != OTHER) {
        while (j < to && (kind(text.charAt(j)) == kind || isMark(text.charAt(j)))) {
          j++;
        }
      }
      boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
      boolean wordEnd = j >= text.length() || !Character.isLetterOrDigit(text.charAt(j));
      // typographic apostrophes match the typed one: "AIME ’24" is "AIME'24"
      String piece = kind == OTHER && APOSTROPHES.indexOf(c) >= 0 ? "'" : text.substring(i, j);
      out.add(new Piece(piece, i, j, wordStart, wordEnd));
      i = j;
    }
    return out;
  }

  /** Pieces of a whole name, as the dictionary indexes it. */
  public static List<String> of(String name) {
    return split(name, 0, name.length()).stream().map(Piece::text).toList();
  }

  private static final String APOSTROPHES = "\u2019\u2018\u02bc\u2032`";

  static final int LETTER = 0;
  static final int DIGIT = 1;
  static final int SEPARATOR = 2;
  static final int OTHER = 3;

  static int kind(char c) {
    if (Character.isLetter(c) || Character.isSurrogate(c)) {
      return Character.isSurrogate(c) ? OTHER : LETTER;
    }
    if (Character.isDigit(c)) {
      return DIGIT;
    }
    if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '_' || Names.isDash(c)) {
      return SEPARATOR;
    }
    return OTHER;
  }

  private static boolean isMark(char c) {
    int t = Character.getType(c);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
  }
}
