package org.papergraph.graph.map;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.papergraph.extract.Entity;
import org.papergraph.graph.IriScheme;
import org.papergraph.graph.PG;

/**
 * An entity's triples in the shared entity graph. Facts ({@code rdf:type}, {@code pg:variantOf},
 * sameAs links, {@code pg:parameterCount}) accumulate as a union over papers; names ({@code
 * rdfs:label}, {@code skos:altLabel}) are recomputed from all namings by {@link NameRule}.
 */
public final class EntityTriples {

  private EntityTriples() {}

  public static void facts(Entity entity, IriScheme iris, QuadEmitter out) {
    Node e = iris.entity(entity.key());
    out.add(e, RDF.type, PG.classOf(entity.type()));
    if (entity.variantOf() != null) {
      out.add(e, PG.variantOf, iris.entity(entity.variantOf()));
    }
    for (String id : entity.sameAs()) {
      ExternalIds.Link link = ExternalIds.link(id);
      out.add(e, link.predicate(), link.target());
    }
    if (entity.parameterCount() != null) {
      out.add(e, PG.parameterCount, QuadEmitter.integer(entity.parameterCount()));
    }
  }

  public static void names(Node entity, NameRule.Names names, QuadEmitter out) {
    out.add(entity, RDFS.label, names.label());
    out.add(entity, PG.labelFromDictionary, QuadEmitter.bool(names.labelFromDictionary()));
    names.altLabels().forEach(alt -> out.add(entity, SKOS.altLabel, alt));
  }
}
