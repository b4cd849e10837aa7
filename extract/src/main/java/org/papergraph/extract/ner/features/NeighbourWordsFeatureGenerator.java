package org.papergraph.extract.ner.features;

import java.util.List;
import java.util.Locale;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory.AbstractXmlFeatureGeneratorFactory;

/**
 * Neighbouring words beyond OpenNLP's positional token window and bigrams: two bags without
 * position, the lower-cased words up to {@code window} tokens to the left ({@code lw=on}) and to the
 * right ({@code rw=dataset}). Cue words such as "on the ... dataset" fire whatever the name's length
 * and wherever the token sits inside it.
 */
public final class NeighbourWordsFeatureGenerator implements AdaptiveFeatureGenerator {

  private final int window;

  public NeighbourWordsFeatureGenerator(int window) {
    if (window < 1) {
      throw new IllegalArgumentException("window must be >= 1, got " + window);
    }
    this.window = window;
  }

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] prev) {
    for (int i = Math.max(0, index - window); i < index; i++) {
      features.add("lw=" + lower(tokens[i]));
    }
    for (int i = index + 1; i <= Math.min(tokens.length - 1, index + window); i++) {
      features.add("rw=" + lower(tokens[i]));
    }
  }

  private static String lower(String token) {
    return token.toLowerCase(Locale.ROOT);
  }

  /** XML factory; optional {@code <int name="window">3</int>}. */
  public static final class Factory extends AbstractXmlFeatureGeneratorFactory {
    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
      return new NeighbourWordsFeatureGenerator(getInt("window", 3));
    }
  }
}
