package org.papergraph.extract;

import org.papergraph.ingest.Paper;

/**
 * Turns a paper into an {@link Extraction}. Implementations are thread-safe: one instance, with its
 * models loaded once, serves every worker thread.
 */
public interface Extractor {

  Extraction extract(Paper paper);
}
