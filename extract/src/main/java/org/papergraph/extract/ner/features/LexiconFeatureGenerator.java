package org.papergraph.extract.ner.features;

import java.util.Arrays;
import java.util.List;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory.AbstractXmlFeatureGeneratorFactory;

/**
 * Dictionary membership: marks the tokens covered by the longest lexicon match starting at each
 * position (scanning left to right, up to {@code maxTokens} tokens per match) with {@code lex=B} on
 * the first token and {@code lex=I} on the rest. Tokens are joined in {@link Lexicon#normalize}
 * form, so the tokens {@code Llama - 2} match the entry {@code Llama-2}. A match must start and end
 * on a token whose normal form is not empty, so a stray hyphen never begins or ends one.
 *
 * <p>Not thread-safe: like OpenNLP's {@code CachedFeatureGenerator} it caches the matches of the
 * last sentence by array identity. OpenNLP creates one generator per {@code NameFinderME}, which
 * is used by one thread at a time.
 */
public final class LexiconFeatureGenerator implements AdaptiveFeatureGenerator {

  private final Lexicon lexicon;
  private final int maxTokens;
  private String[] cachedTokens;
  private String[] cachedTags;

  public LexiconFeatureGenerator(Lexicon lexicon, int maxTokens) {
    if (maxTokens < 1) {
      throw new IllegalArgumentException("maxTokens must be >= 1, got " + maxTokens);
    }
    this.lexicon = java.util.Objects.requireNonNull(lexicon, "lexicon");
    this.maxTokens = maxTokens;
  }

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] prev) {
    if (lexicon.isEmpty()) {
      return;
    }
    if (tokens != cachedTokens) {
      cachedTags = tag(tokens);
      cachedTokens = tokens;
    }
    if (cachedTags[index] != null) {
      features.add("lex=" + cachedTags[index]);
    }
  }

  /** B/I tags (null outside matches) for every token of the sentence. */
  public String[] tag(String[] tokens) {
    return tagKeys(Arrays.stream(tokens).map(Lexicon::normalize).toArray(String[]::new));
  }

  /**
   * The same as {@link #tag(String[])} for tokens already in {@link Lexicon#normalize} form
   * (callers that cache the normal form per token string).
   */
  public String[] tagKeys(String[] keys) {
    String[] tags = new String[keys.length];
    int i = 0;
    while (i < keys.length) {
      int length = longestMatch(keys, i);
      if (length == 0) {
        i++;
        continue;
      }
      tags[i] = "B";
      for (int j = i + 1; j < i + length; j++) {
        tags[j] = "I";
      }
      i += length;
    }
    return tags;
  }

  private int longestMatch(String[] keys, int start) {
    if (keys[start].isEmpty()) {
      return 0;
    }
    int longest = 0;
    StringBuilder joined = new StringBuilder();
    for (int n = 1; n <= Math.min(maxTokens, keys.length - start); n++) {
      joined.append(keys[start + n - 1]);
      String key = joined.toString();
      if (!keys[start + n - 1].isEmpty() && lexicon.containsKey(key)) {
        longest = n;
      }
      if (!lexicon.hasKeyStartingWith(key)) {
        break;
      }
    }
    return longest;
  }

  /**
   * XML factory: {@code <str name="resource">papergraph-lexicon.txt</str>} names the model resource
   * holding {@link Lexicon#toBytes()}; optional {@code <int name="maxTokens">6</int>}.
   */
  public static final class Factory extends AbstractXmlFeatureGeneratorFactory {
    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
      String name = getStr("resource");
      Object resource = resourceManager == null ? null : resourceManager.getResource(name);
      if (!(resource instanceof byte[] bytes)) {
        throw new InvalidFormatException("lexicon resource '" + name + "' is missing from the model"
            + " or is not a .txt byte resource (got "
            + (resource == null ? "nothing" : resource.getClass().getName()) + ")");
      }
      return new LexiconFeatureGenerator(Lexicon.fromBytes(bytes), getInt("maxTokens", 6));
    }
  }
}
