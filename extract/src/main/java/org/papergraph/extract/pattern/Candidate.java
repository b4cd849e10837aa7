package org.papergraph.extract.pattern;

import org.papergraph.extract.DictionaryEntry;
import org.papergraph.extract.EntityType;

/**
 * A possible mention, before the combiner decides: a field range, a proposed type (null when the
 * source only knows it is a name), a confidence and the source that found it.
 *
 * @param start first character in the field
 * @param end after the last character
 * @param inTitle true for the title, false for the abstract
 * @param type proposed type, or null when unknown
 * @param confidence in [0, 1]
 * @param source {@code dictionary}, {@code acronym}, {@code proposal}, {@code shape}, ...
 * @param entry the dictionary entry it spells, or null
 * @param link the text of another name for the same thing (the long form of an acronym), or null
 */
public record Candidate(int start, int end, boolean inTitle, EntityType type, double confidence,
    String source, DictionaryEntry entry, String link) {

  public Candidate {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad candidate range [" + start + ", " + end + ")");
    }
  }

  public static Candidate of(int start, int end, boolean inTitle, EntityType type,
      double confidence, String source) {
    return new Candidate(start, end, inTitle, type, confidence, source, null, null);
  }

  public int length() {
    return end - start;
  }

  /** Whether this candidate covers exactly {@code [start, end)} of the title or the abstract. */
  public boolean covers(boolean inTitle, int start, int end) {
    return this.inTitle == inTitle && this.start == start && this.end == end;
  }

  public boolean overlaps(Candidate o) {
    return inTitle == o.inTitle && start < o.end && o.start < end;
  }

  public Candidate withType(EntityType t, double c) {
    return new Candidate(start, end, inTitle, t, c, source, entry, link);
  }
}
