package org.papergraph.graph.store;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/** Passes quads through, counting them. */
public final class CountingStream extends StreamRDFWrapper {

  private long quads;

  public CountingStream(StreamRDF other) {
    super(other);
  }

  @Override
  public void quad(Quad quad) {
    quads++;
    super.quad(quad);
  }

  public long quads() {
    return quads;
  }
}
