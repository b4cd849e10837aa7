package org.papergraph.graph.store;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/** Passes quads through, counting them. */
public final class CountingStream extends StreamRDFWrapper {

  private long quads;
  private long triples;

  public CountingStream(StreamRDF other) {
    super(other);
  }

  @Override
  public void quad(Quad quad) {
    quads++;
    super.quad(quad);
  }

  @Override
  public void triple(org.apache.jena.graph.Triple triple) {
    triples++;
    super.triple(triple);
  }

  public long triples() {
    return triples;
  }

  public long quads() {
    return quads;
  }
}
