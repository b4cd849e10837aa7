package org.papergraph.graph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The W3C ML Schema ({@code mls:}) terms papergraph aligns with or uses. */
public final class MLS {

  public static final String NS = "http://www.w3.org/ns/mls#";

  public static final Resource Model = resource("Model");
  public static final Resource Dataset = resource("Dataset");
  public static final Resource EvaluationMeasure = resource("EvaluationMeasure");
  public static final Resource Task = resource("Task");
  public static final Resource Algorithm = resource("Algorithm");
  public static final Resource ModelEvaluation = resource("ModelEvaluation");

  public static final Property hasValue = ResourceFactory.createProperty(NS, "hasValue");
  public static final Property specifiedBy = ResourceFactory.createProperty(NS, "specifiedBy");

  private MLS() {}

  private static Resource resource(String local) {
    return ResourceFactory.createResource(NS + local);
  }
}
