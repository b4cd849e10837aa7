package org.papergraph.extract.text;

/**
 * The one place where OpenNLP's sentence-relative token spans become character offsets into the
 * field text. OpenNLP spans are half-open UTF-16 indices into the string it was given, so the
 * conversion is a shift by the sentence's start; this class checks the result so a broken span
 * fails loudly instead of producing a mention whose anchor differs from its text.
 */
public final class Offsets {

  private Offsets() {}

  /**
   * Character span in {@code field} of an OpenNLP span found in the sentence that starts at
   * {@code sentenceStart}.
   */
  public static int[] toField(String field, int sentenceStart, opennlp.tools.util.Span span) {
    int start = sentenceStart + span.getStart();
    int end = sentenceStart + span.getEnd();
    if (start < 0 || end > field.length() || start >= end) {
      throw new IllegalStateException("token span [" + start + ", " + end
          + ") lies outside the field of length " + field.length());
    }
    return new int[] {start, end};
  }
}
