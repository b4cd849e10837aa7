package org.papergraph.extract.match;

import java.math.BigDecimal;
import java.util.Locale;

/** Counts written with a magnitude suffix: "13B", "1.2T", "540M", "7b". */
public final class Quantities {

  private Quantities() {}

  /** The count {@code text} denotes, or null when it is not a number with K/M/B/T suffix. */
  public static Long parseCount(String text) {
    if (text == null) {
      return null;
    }
    String t = text.strip().replace(",", "");
    if (t.length() < 2) {
      return null;
    }
    char suffix = Character.toUpperCase(t.charAt(t.length() - 1));
    long factor = switch (suffix) {
      case 'K' -> 1_000L;
      case 'M' -> 1_000_000L;
      case 'B' -> 1_000_000_000L;
      case 'T' -> 1_000_000_000_000L;
      default -> 0L;
    };
    String number = t.substring(0, t.length() - 1).strip();
    if (factor == 0 || number.isEmpty() || !number.matches("\\d{1,6}(\\.\\d{1,4})?")) {
      return null;
    }
    return new BigDecimal(number).multiply(BigDecimal.valueOf(factor)).longValue();
  }

  /** Canonical short form: "13B", "1.2T" (upper-case suffix, no space). */
  public static String canonical(String text) {
    String t = text.strip().replace(" ", "");
    return t.substring(0, t.length() - 1) + t.substring(t.length() - 1).toUpperCase(Locale.ROOT);
  }
}
