package org.papergraph.extract.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * OpenNLP's English sentence and tokenizer models, read once per JVM from the
 * {@code opennlp-models-sentdetect-en} and {@code opennlp-models-tokenizer-en} jars on the
 * classpath (each jar holds its {@code .bin} at its root). Models are thread-safe; the
 * {@code *ME} classes built on them are not.
 */
final class EnglishModels {

  static final String TOKENIZER_RESOURCE = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  static final String SENTENCE_RESOURCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

  private EnglishModels() {}

  static TokenizerModel tokenizer() {
    return Holder.TOKENIZER;
  }

  static SentenceModel sentences() {
    return Holder.SENTENCES;
  }

  private static final class Holder {
    static final TokenizerModel TOKENIZER = load(TOKENIZER_RESOURCE, TokenizerModel::new);
    static final SentenceModel SENTENCES = load(SENTENCE_RESOURCE, SentenceModel::new);
  }

  private interface Loader<T> {
    T load(InputStream in) throws IOException;
  }

  private static <T> T load(String resource, Loader<T> loader) {
    try (InputStream in = EnglishModels.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath;"
            + " add opennlp-models-sentdetect-en and opennlp-models-tokenizer-en 1.3.0");
      }
      return loader.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
    }
  }
}
