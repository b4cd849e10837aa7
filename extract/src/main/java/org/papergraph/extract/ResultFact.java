package org.papergraph.extract;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A reported score: "Mamba-2-Hybrid achieves 61.2% accuracy on MGSM".
 *
 * @param subjectKey entity key of the model or method that obtained it, or null when unnamed
 * @param benchmarkKey entity key of the benchmark, or null
 * @param metricKey entity key of the metric, or null
 * @param value the number
 * @param valueText the number as written, with its unit ("61.2%", "+2.65 points")
 * @param unit {@code %}, {@code points}, {@code x}, or null
 * @param relative true for gains and ratios ("+2.65 points", "2.17x faster")
 * @param confidence in [0, 1]
 * @param evidence the sentence it came from
 */
public record ResultFact(
    String subjectKey,
    String benchmarkKey,
    String metricKey,
    BigDecimal value,
    String valueText,
    String unit,
    boolean relative,
    double confidence,
    Span evidence) {

  public ResultFact {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(valueText, "valueText");
    Objects.requireNonNull(evidence, "evidence");
  }

  /** The same result on another benchmark ({@code null}: on none). */
  public ResultFact withBenchmark(String key) {
    return new ResultFact(subjectKey, key, metricKey, value, valueText, unit, relative, confidence,
        evidence);
  }
}
