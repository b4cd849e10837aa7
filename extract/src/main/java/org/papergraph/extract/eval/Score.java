package org.papergraph.extract.eval;

/**
 * Raw counts and the precision, recall and F1 they give; a ratio whose denominator is zero is
 * undefined and comes back as null (never -1).
 */
public record Score(int tp, int fp, int fn) {

  public Score plus(Score o) {
    return new Score(tp + o.tp, fp + o.fp, fn + o.fn);
  }

  public Double precision() {
    return tp + fp == 0 ? null : tp / (double) (tp + fp);
  }

  public Double recall() {
    return tp + fn == 0 ? null : tp / (double) (tp + fn);
  }

  public Double f1() {
    Double p = precision();
    Double r = recall();
    if (p == null || r == null) {
      return null;
    }
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }
}
