package org.papergraph.extract.ner.features;

import java.util.List;
import java.util.Locale;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory.AbstractXmlFeatureGeneratorFactory;

/**
 * Emits the lower-cased prefixes ({@code pre2=im}) and suffixes ({@code suf3=net}) of the current
 * token, of lengths 1 to {@code prefixLength} and 1 to {@code suffixLength}, never longer than the
 * token itself. Lengths count code points, so non-ASCII letters are never split.
 */
public final class AffixFeatureGenerator implements AdaptiveFeatureGenerator {

  private final int prefixLength;
  private final int suffixLength;

  public AffixFeatureGenerator(int prefixLength, int suffixLength) {
    if (prefixLength < 0 || suffixLength < 0) {
      throw new IllegalArgumentException("affix lengths must be >= 0, got prefix " + prefixLength
          + ", suffix " + suffixLength);
    }
    this.prefixLength = prefixLength;
    this.suffixLength = suffixLength;
  }

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] prev) {
    String token = tokens[index].toLowerCase(Locale.ROOT);
    int length = token.codePointCount(0, token.length());
    for (int n = 1; n <= Math.min(prefixLength, length); n++) {
      features.add("pre" + n + "=" + token.substring(0, token.offsetByCodePoints(0, n)));
    }
    for (int n = 1; n <= Math.min(suffixLength, length); n++) {
      features.add("suf" + n + "=" + token.substring(token.offsetByCodePoints(token.length(), -n)));
    }
  }

  /** XML factory; {@code <int name="prefixLength">} and {@code <int name="suffixLength">}. */
  public static final class Factory extends AbstractXmlFeatureGeneratorFactory {
    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
      return new AffixFeatureGenerator(getInt("prefixLength", 3), getInt("suffixLength", 4));
    }
  }
}
