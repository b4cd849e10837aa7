package org.papergraph.extract;

/**
 * A half-open character range {@code [start, end)} in a paper's abstract, or in its title when
 * {@code inTitle} is set. Offsets are Java {@code String} indices (UTF-16 code units).
 */
public record Span(int start, int end, boolean inTitle) {

  public Span {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("span must satisfy 0 <= start < end, got [" + start + ", "
          + end + ")");
    }
  }

  public String of(String title, String abstractText) {
    return (inTitle ? title : abstractText).substring(start, end);
  }
}
