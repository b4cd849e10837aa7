package org.papergraph.graph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The FaBiO (SPAR FRBR-aligned Bibliographic Ontology) terms papergraph uses. */
public final class Fabio {

  public static final String NS = "http://purl.org/spar/fabio/";

  public static final Resource ScholarlyWork = ResourceFactory.createResource(NS + "ScholarlyWork");
  public static final Property hasArXivId = ResourceFactory.createProperty(NS, "hasArXivId");

  private Fabio() {}
}
