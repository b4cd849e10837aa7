package org.papergraph.ingest;

/**
 * Receives what a source yields, in order: good papers and rejected records. Sources push into a
 * handler so that inputs of any size stream through without being collected.
 */
public interface PaperHandler {

  /**
   * A paper. {@link PaperInputs} calls this once per distinct paper, and again with the same
   * {@link Paper#id()} when a later record of that paper adds metadata: replace by id.
   */
  void paper(Paper paper);

  void rejected(Rejection rejection);

  /** A paper that was kept but deserves a warning, such as one with an empty abstract. */
  default void warning(SourcePosition where, String message) {}
}
