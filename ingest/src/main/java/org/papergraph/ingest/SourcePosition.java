package org.papergraph.ingest;

/**
 * Where a record sits in its input: a file (or {@code -} for standard input) and a position in it,
 * such as {@code line 12} or a JSON pointer {@code /3/paper}.
 */
public record SourcePosition(String source, String position) {

  @Override
  public String toString() {
    return position == null || position.isEmpty() ? source : source + ":" + position;
  }
}
