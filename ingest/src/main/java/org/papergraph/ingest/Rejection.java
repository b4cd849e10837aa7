package org.papergraph.ingest;

/**
 * A record that could not be read, with where it was, why, and a short excerpt of the raw input.
 * Rejections are reported, counted, and (with {@code --rejects}) written as JSON Lines.
 */
public record Rejection(SourcePosition where, String reason, String excerpt) {

  /** One line for a terminal: {@code file:line: reason}. */
  public String describe() {
    return where + ": " + reason;
  }
}
