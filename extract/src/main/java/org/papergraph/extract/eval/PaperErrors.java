package org.papergraph.extract.eval;

import java.util.List;

/**
 * Every false positive and false negative of one paper, as short lines such as
 * {@code FP Model "GPT-4"} or {@code FN result (MGSM, 61.2)}.
 */
public record PaperErrors(int goldLine, String title, List<String> falsePositives,
    List<String> falseNegatives) {

  public PaperErrors {
    falsePositives = List.copyOf(falsePositives);
    falseNegatives = List.copyOf(falseNegatives);
  }
}
