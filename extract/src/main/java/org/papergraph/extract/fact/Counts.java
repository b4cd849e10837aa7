package org.papergraph.extract.fact;

import java.math.BigDecimal;

/** Formats a count the way papers write it: 13000000000 -> "13B", 1500000000 -> "1.5B". */
final class Counts {

  private Counts() {}

  static String format(long n) {
    String[] suffix = {"T", "B", "M", "K"};
    long[] scale = {1_000_000_000_000L, 1_000_000_000L, 1_000_000L, 1_000L};
    for (int i = 0; i < scale.length; i++) {
      if (n >= scale[i]) {
        return BigDecimal.valueOf(n).divide(BigDecimal.valueOf(scale[i])).stripTrailingZeros()
            .toPlainString() + suffix[i];
      }
    }
    return Long.toString(n);
  }
}
