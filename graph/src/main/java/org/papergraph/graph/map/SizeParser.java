package org.papergraph.graph.map;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads counts as written in abstracts: {@code 40B}, {@code 1.2T}, {@code 7 billion}, {@code 350M}. */
public final class SizeParser {

  private static final Pattern SIZE = Pattern.compile(
      "(\\d+(?:[.,]\\d+)?)\\s*(k|m|b|t|thousand|million|billion|trillion)?\\b.*",
      Pattern.CASE_INSENSITIVE);

  private SizeParser() {}

  /** The count, or empty when the text is not a number with an optional K/M/B/T multiplier. */
  public static OptionalLong parse(String written) {
    if (written == null) {
      return OptionalLong.empty();
    }
    Matcher m = SIZE.matcher(written.strip());
    if (!m.matches()) {
      return OptionalLong.empty();
    }
    String digits = m.group(1).replace(',', '.');
    BigDecimal value = new BigDecimal(digits).multiply(multiplier(m.group(2)));
    try {
      return OptionalLong.of(value.longValueExact());
    } catch (ArithmeticException e) {
      return OptionalLong.empty();
    }
  }

  private static BigDecimal multiplier(String suffix) {
    if (suffix == null) {
      return BigDecimal.ONE;
    }
    return switch (suffix.toLowerCase(Locale.ROOT)) {
      case "k", "thousand" -> BigDecimal.TEN.pow(3);
      case "m", "million" -> BigDecimal.TEN.pow(6);
      case "b", "billion" -> BigDecimal.TEN.pow(9);
      default -> BigDecimal.TEN.pow(12);
    };
  }
}
