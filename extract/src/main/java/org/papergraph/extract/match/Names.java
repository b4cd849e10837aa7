package org.papergraph.extract.match;

import java.text.Normalizer;
import java.util.Locale;

/** Name normalization shared by matching, entity keys and scoring. */
public final class Names {

  private Names() {}

  /**
   * The annotation guide's normalization: Unicode NFKC, case-folded, hyphens, underscores and
   * spaces (any whitespace or dash) removed.
   */
  public static String normalize(String name) {
    String n = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (!(Character.isWhitespace(c) || c == '_' || isDash(c))) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Lower-case slug for entity keys: NFKC, case-folded, every run of characters other than letters
   * and digits becomes one hyphen ("LLaMA 2" and "Llama-2" both give {@code llama-2}).
   */
  public static String slug(String name) {
    String n = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(n.length());
    boolean gap = false;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.isLetterOrDigit(c) || c == '@' || c == '+') {
        if (gap && out.length() > 0) {
          out.append('-');
        }
        out.append(c == '+' ? "plus" : String.valueOf(c));
        gap = false;
      } else {
        gap = true;
      }
    }
    return out.length() == 0 ? "x" : out.toString();
  }

  public static boolean isDash(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013'
        || c == '\u2014' || c == '\u2212';
  }
}
