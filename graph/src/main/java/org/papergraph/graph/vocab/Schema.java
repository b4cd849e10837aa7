package org.papergraph.graph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The schema.org terms papergraph uses, in the {@code https://schema.org/} namespace (Jena's
 * {@code SchemaDO} uses {@code http://}).
 */
public final class Schema {

  public static final String NS = "https://schema.org/";

  public static final Resource ScholarlyArticle = resource("ScholarlyArticle");
  public static final Resource Person = resource("Person");
  public static final Resource Organization = resource("Organization");
  public static final Resource SoftwareSourceCode = resource("SoftwareSourceCode");
  public static final Resource SoftwareApplication = resource("SoftwareApplication");

  public static final Property name = property("name");
  public static final Property sameAs = property("sameAs");
  public static final Property keywords = property("keywords");
  public static final Property softwareVersion = property("softwareVersion");

  private Schema() {}

  private static Resource resource(String local) {
    return ResourceFactory.createResource(NS + local);
  }

  private static Property property(String local) {
    return ResourceFactory.createProperty(NS, local);
  }
}
