package org.papergraph.ingest.io;

/** How an input's records are laid out, which decides the reader that streams it. */
public enum Layout {
  /** One JSON object per line. */
  JSON_LINES,
  /** One JSON document: an array of records, a wrapper object with a {@code results} array, or
   * a single record. */
  JSON_DOCUMENT,
  /** An Atom feed (arXiv API responses). */
  ATOM,
  /** Comma-separated values with a header row. */
  CSV,
  /** Tab-separated values with a header row. */
  TSV,
  /** Text of a Daily Papers page: header lines, then title / blank line / abstract blocks. */
  DAILY_PAGE
}
