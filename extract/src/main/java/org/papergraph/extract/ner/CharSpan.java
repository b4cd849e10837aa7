package org.papergraph.extract.ner;

import java.util.Locale;
import java.util.Objects;

/**
 * A typed half-open character range {@code [start, end)} of a training text. The type is kept
 * upper-case ({@code Dataset} and {@code DATASET} are one type).
 */
record CharSpan(int start, int end, String type) {

  CharSpan {
    Objects.requireNonNull(type, "type");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("span must satisfy 0 <= start < end, got [" + start + ", "
          + end + ")");
    }
    type = type.strip().toUpperCase(Locale.ROOT);
    if (type.isEmpty()) {
      throw new IllegalArgumentException("span type must not be blank");
    }
  }

  int length() {
    return end - start;
  }

  boolean overlaps(CharSpan other) {
    return start < other.end && other.start < end;
  }

  /** This span without leading and trailing whitespace of {@code text}, or null if nothing is left. */
  CharSpan trimmedIn(String text) {
    int s = start;
    int e = end;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return s == e ? null : new CharSpan(s, e, type);
  }
}
