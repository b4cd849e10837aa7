package org.papergraph.extract.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.TokenNameFinderFactory;
import org.papergraph.extract.ner.features.Lexicon;

/**
 * The feature generator descriptor {@code ner-features.xml} and the factory that binds it to a
 * lexicon. The lexicon goes into the model under {@link #LEXICON_RESOURCE}; OpenNLP stores
 * {@code .txt} resources as raw bytes.
 */
final class FeatureDescriptor {

  static final String LEXICON_RESOURCE = "papergraph-lexicon.txt";
  private static final String XML = "ner-features.xml";

  private FeatureDescriptor() {}

  static byte[] bytes() {
    try (InputStream in = FeatureDescriptor.class.getResourceAsStream(XML)) {
      if (in == null) {
        throw new IllegalStateException("resource " + XML + " is missing next to "
            + FeatureDescriptor.class.getName());
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + XML, e);
    }
  }

  static TokenNameFinderFactory factory(Lexicon lexicon) {
    return new TokenNameFinderFactory(bytes(), Map.of(LEXICON_RESOURCE, lexicon.toBytes()),
        new BioCodec());
  }
}
