package org.papergraph.extract.text;

import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * OpenNLP's {@code TokenizerME} with its answers remembered per whitespace-separated chunk.
 * {@code TokenizerME.tokenizePos} first splits the text at whitespace and then decides every
 * split inside a chunk from that chunk's characters alone (the context generator sees the chunk
 * and a position in it, nothing else), so a chunk such as {@code "(GPT-4),"} is split the same
 * way wherever it stands. This class does the whitespace split with the same
 * {@link WhitespaceTokenizer}, asks the model about each chunk it has not seen (tokenizing the
 * chunk on its own, which is the same computation) and reuses the answer afterwards: the tokens
 * are identical, and the maxent model runs once per distinct chunk instead of once per
 * character of every chunk with punctuation.
 *
 * <p>Thread-safe if {@code tokenizer} is (OpenNLP's {@code ThreadSafeTokenizerME}); the cache is
 * bounded and cleared when full.
 */
final class TokenCache {

  static final int LIMIT = 100_000;

  private final Tokenizer tokenizer;
  private final ConcurrentHashMap<String, int[]> splits = new ConcurrentHashMap<>();

  TokenCache(Tokenizer tokenizer) {
    this.tokenizer = tokenizer;
  }

  /** The same spans as {@code tokenizer.tokenizePos(text)}. */
  Span[] tokenizePos(String text) {
    Span[] chunks = WhitespaceTokenizer.INSTANCE.tokenizePos(text);
    java.util.ArrayList<Span> out = new java.util.ArrayList<>(chunks.length + chunks.length / 2);
    for (Span chunk : chunks) {
      int offset = chunk.getStart();
      int[] bounds = bounds(text.substring(offset, chunk.getEnd()));
      for (int b = 0; b < bounds.length; b += 2) {
        out.add(new Span(offset + bounds[b], offset + bounds[b + 1]));
      }
    }
    return out.toArray(new Span[0]);
  }

  /** Start and end of each token of one chunk, relative to the chunk: s0, e0, s1, e1, ... */
  private int[] bounds(String chunk) {
    int[] known = splits.get(chunk);
    if (known != null) {
      return known;
    }
    Span[] tokens = tokenizer.tokenizePos(chunk);
    int[] bounds = new int[tokens.length * 2];
    for (int t = 0; t < tokens.length; t++) {
      bounds[2 * t] = tokens[t].getStart();
      bounds[2 * t + 1] = tokens[t].getEnd();
    }
    if (splits.size() >= LIMIT) {
      splits.clear();
    }
    splits.put(chunk, bounds);
    return bounds;
  }

  int size() {
    return splits.size();
  }
}
