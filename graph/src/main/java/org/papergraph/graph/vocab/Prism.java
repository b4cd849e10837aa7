package org.papergraph.graph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The PRISM basic term papergraph uses for DOIs ({@code prism:doi}, the choice of the SPAR
 * ontologies; {@code dcterms:identifier} is reserved for the papergraph paper id).
 */
public final class Prism {

  public static final String NS = "http://prismstandard.org/namespaces/basic/2.0/";

  public static final Property doi = ResourceFactory.createProperty(NS, "doi");

  private Prism() {}
}
