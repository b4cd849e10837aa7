package org.papergraph.extract.eval;

import java.util.List;
import java.util.Locale;

/**
 * The fixed development split of the gold file: HELD-OUT is every gold line whose 1-based line
 * number is divisible by 3 (lines 3, 6, 9, ...), never looked at while tuning; TUNED is the rest.
 */
public enum Split {
  TUNED, HELDOUT, ALL;

  public boolean contains(int line) {
    return switch (this) {
      case TUNED -> line % 3 != 0;
      case HELDOUT -> line % 3 == 0;
      case ALL -> true;
    };
  }

  public List<GoldPaper> select(List<GoldPaper> gold) {
    return gold.stream().filter(g -> contains(g.line())).toList();
  }

  public static Split parse(String name) {
    try {
      return valueOf(name.toUpperCase(Locale.ROOT).replace("-", ""));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown split '" + name
          + "'; expected tuned, heldout or all");
    }
  }
}
