package org.papergraph.extract.ner.features;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory.AbstractXmlFeatureGeneratorFactory;

/**
 * Emits the short and long {@link WordShape} of the current token ({@code sh=X-d}, {@code shl=XXX-d})
 * and the short shapes of its neighbours within {@code window} ({@code sh-1=x}, {@code sh+1=X}).
 */
public final class WordShapeFeatureGenerator implements AdaptiveFeatureGenerator {

  private final int window;

  public WordShapeFeatureGenerator(int window) {
    if (window < 0) {
      throw new IllegalArgumentException("window must be >= 0, got " + window);
    }
    this.window = window;
  }

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] prev) {
    features.add("sh=" + WordShape.shortShape(tokens[index]));
    features.add("shl=" + WordShape.longShape(tokens[index]));
    for (int d = 1; d <= window; d++) {
      if (index - d >= 0) {
        features.add("sh-" + d + "=" + WordShape.shortShape(tokens[index - d]));
      }
      if (index + d < tokens.length) {
        features.add("sh+" + d + "=" + WordShape.shortShape(tokens[index + d]));
      }
    }
  }

  /** XML factory; optional {@code <int name="window">1</int>}. */
  public static final class Factory extends AbstractXmlFeatureGeneratorFactory {
    @Override
    public AdaptiveFeatureGenerator create() throws opennlp.tools.util.InvalidFormatException {
      return new WordShapeFeatureGenerator(getInt("window", 1));
    }
  }
}
