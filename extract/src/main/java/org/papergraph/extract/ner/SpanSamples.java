package org.papergraph.extract.ner;

import java.util.List;
import opennlp.tools.namefind.NameSample;

/**
 * Training sentences made from a character-span JSONL file, with what had to be adjusted.
 *
 * @param samples one sample per sentence, in file order
 * @param spans gold spans turned into names
 * @param splitTokens tokens cut in two because a span boundary fell inside them
 * @param droppedSpans spans dropped because a longer span overlapped them or no tokens fit them
 */
public record SpanSamples(List<NameSample> samples, int spans, int splitTokens,
    int droppedSpans) {

  public SpanSamples {
    samples = List.copyOf(samples);
    if (spans < 0 || splitTokens < 0 || droppedSpans < 0) {
      throw new IllegalArgumentException("counts must be >= 0");
    }
  }

  public static SpanSamples empty() {
    return new SpanSamples(List.of(), 0, 0, 0);
  }

  public SpanSamples plus(SpanSamples other) {
    List<NameSample> all = new java.util.ArrayList<>(samples);
    all.addAll(other.samples);
    return new SpanSamples(all, spans + other.spans, splitTokens + other.splitTokens,
        droppedSpans + other.droppedSpans);
  }
}
