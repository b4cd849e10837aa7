package org.papergraph.cli.bench;

/**
 * Names nobody has seen: paper {@code i} proposes a pronounceable word spelled from the digits of
 * {@code i} in base 32, one syllable per digit, least significant first (so neighbours differ from the first
 * syllable on), so distinct indexes give distinct names (and
 * distinct titles, which keeps the ingest deduplication from merging generated papers).
 */
final class CoinedNames {

  private static final String[] SYLLABLES = {
    "ka", "lo", "mi", "ra", "ve", "to", "su", "ne", "zo", "pa", "li", "do", "fe", "ga", "hu", "ri",
    "sa", "te", "vi", "no", "ma", "qua", "xi", "be", "lu", "ro", "ta", "ze", "co", "di", "fo", "ny"
  };
  private static final long OFFSET = 32L * 32; // every name has at least three syllables

  private CoinedNames() {}

  /** The name for index {@code i >= 0}, capitalized, such as {@code Kaloro}. */
  static String of(long i) {
    if (i < 0) {
      throw new IllegalArgumentException("index must be >= 0, got " + i);
    }
    StringBuilder sb = new StringBuilder();
    for (long n = i + OFFSET; n > 0; n /= 32) {
      sb.append(SYLLABLES[(int) (n % 32)]);
    }
    sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
    return sb.toString();
  }
}
