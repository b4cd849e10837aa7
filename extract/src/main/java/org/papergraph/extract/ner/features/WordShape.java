package org.papergraph.extract.ner.features;

/**
 * Word shapes: upper-case letters become {@code X}, lower-case {@code x}, digits {@code d}, other
 * letters {@code L}; every other character stands for itself. The long shape keeps every character
 * (capped), the short shape collapses runs of the same class: {@code BERT-base} has long shape
 * {@code XXXX-xxxx} and short shape {@code X-x}; {@code GPT-4} is {@code X-d}.
 */
public final class WordShape {

  /** Long shapes are cut to this many characters, with {@code ~} marking the cut. */
  public static final int MAX_LONG = 12;

  private WordShape() {}

  public static String longShape(String token) {
    StringBuilder shape = new StringBuilder(Math.min(token.length(), MAX_LONG + 1));
    for (int i = 0; i < token.length() && shape.length() < MAX_LONG; ) {
      int cp = token.codePointAt(i);
      shape.appendCodePoint(classOf(cp));
      i += Character.charCount(cp);
    }
    if (token.codePointCount(0, token.length()) > MAX_LONG) {
      shape.append('~');
    }
    return shape.toString();
  }

  public static String shortShape(String token) {
    StringBuilder shape = new StringBuilder();
    int previous = -1;
    for (int i = 0; i < token.length(); ) {
      int cp = token.codePointAt(i);
      int c = classOf(cp);
      if (c != previous) {
        shape.appendCodePoint(c);
        previous = c;
      }
      i += Character.charCount(cp);
    }
    return shape.toString();
  }

  private static int classOf(int cp) {
    if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
      return 'X';
    }
    if (Character.isLowerCase(cp)) {
      return 'x';
    }
    if (Character.isDigit(cp)) {
      return 'd';
    }
    if (Character.isLetter(cp)) {
      return 'L';
    }
    return cp;
  }
}
