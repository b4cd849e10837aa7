package org.papergraph.extract.ner;

import java.util.List;
import java.util.Locale;

/**
 * Name-finder scores on a set of sentences: one {@link TypeCounts} per type (sorted by type) and
 * their micro-average {@code overall}.
 */
public record EvaluationResult(int sentences, List<TypeCounts> perType, TypeCounts overall) {

  public EvaluationResult {
    perType = List.copyOf(perType);
  }

  /** A Markdown table: type, P, R, F1, tp, fp, fn; numbers formatted in {@link Locale#ROOT}. */
  public String toTable() {
    StringBuilder table = new StringBuilder();
    table.append("| type | P | R | F1 | tp | fp | fn |\n");
    table.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    perType.forEach(c -> row(table, c));
    row(table, overall);
    return table.toString();
  }

  private static void row(StringBuilder table, TypeCounts c) {
    table.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %d | %d | %d |%n",
        c.type(), c.precision(), c.recall(), c.f1(), c.tp(), c.fp(), c.fn()));
  }
}
