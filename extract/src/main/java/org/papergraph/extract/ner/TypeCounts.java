package org.papergraph.extract.ner;

import java.util.Objects;

/**
 * Exact-match counts for one name type (or {@code ALL}): a predicted name is a true positive when
 * a gold name has the same tokens and type. Precision, recall and F1 are 0 when undefined (nothing
 * predicted, nothing to find), never negative; the raw counts say which case it is.
 */
public record TypeCounts(String type, int tp, int fp, int fn) {

  public TypeCounts {
    Objects.requireNonNull(type, "type");
    if (tp < 0 || fp < 0 || fn < 0) {
      throw new IllegalArgumentException("counts must be >= 0, got tp=" + tp + " fp=" + fp
          + " fn=" + fn);
    }
  }

  public double precision() {
    return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  TypeCounts plus(TypeCounts other) {
    return new TypeCounts(type, tp + other.tp, fp + other.fp, fn + other.fn);
  }
}
