package org.papergraph.extract.text;

import java.util.ArrayList;
import java.util.List;

/** Splits a sentence into {@link Word}s and gives each the POS tag of its head token. */
public final class Words {

  private static final String OPEN = "([{\"'\u201c\u2018`<*";
  private static final String CLOSE = ")]}\"'\u201d\u2019.,;:!?`>*";

  private Words() {}

  /** Whitespace, and an em dash, which joins clauses, not the parts of a name ("VLAs—ACT"). */
  private static boolean separates(char c) {
    return Character.isWhitespace(c) || c == '\u2014' || c == '\u2015';
  }

  static List<Word> split(String field, int from, int to, List<Token> tokens) {
    List<Word> out = new ArrayList<>();
    int i = from;
    int t = 0;
    while (i < to) {
      while (i < to && separates(field.charAt(i))) {
        i++;
      }
      int j = i;
      while (j < to && !separates(field.charAt(j))) {
        j++;
      }
      int s = i;
      int e = j;
      while (s < e && OPEN.indexOf(field.charAt(s)) >= 0) {
        s++;
      }
      while (e > s && CLOSE.indexOf(field.charAt(e - 1)) >= 0) {
        e--;
      }
      if (e - s > 2 && (field.regionMatches(e - 2, "'s", 0, 2)
          || field.regionMatches(e - 2, "\u2019s", 0, 2))) {
        e -= 2;
      }
      if (s < e) {
        while (t < tokens.size() && tokens.get(t).end() <= s) {
          t++;
        }
        String pos = "X";
        for (int k = t; k < tokens.size() && tokens.get(k).start() < e; k++) {
          pos = tokens.get(k).pos();
        }
        out.add(new Word(field.substring(s, e), s, e, pos, out.size()));
      }
      i = j;
    }
    return out;
  }
}
