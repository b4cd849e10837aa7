package org.papergraph.ingest.source;

import java.util.Set;

/**
 * A paragraph of a Daily Papers page: consecutive non-blank lines. Classifies itself as
 * abstract-like or title-like, and recognizes the page's own furniture lines.
 */
record PageBlock(long line, String text, int lineCount, String error) {

  /** Lines the Daily Papers page shows around the list; never taken as paper titles. */
  static final Set<String> PAGE_CHROME = Set.of("new", "subscribe", "daily papers",
      "get trending papers in your email inbox!", "by ak and the research community",
      "load more", "previous", "next", "submit", "search", "upvote");

  /**
   * An abstract is long (250+ characters), or ends like prose with at least eight words, or
   * spans several lines.
   */
  boolean looksLikeAbstract() {
    String t = text.strip();
    int words = t.split("\\s+").length;
    return t.length() >= 250 || (t.endsWith(".") && words >= 8)
        || (lineCount > 1 && t.length() >= 120);
  }

  boolean isChrome() {
    return PAGE_CHROME.contains(text.strip().toLowerCase(java.util.Locale.ROOT));
  }

  boolean isBinary() {
    return text.chars().anyMatch(c -> (c < 0x20 && c != '\t' && c != '\n') || c == 0xFFFD);
  }
}
