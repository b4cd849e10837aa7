package org.papergraph.graph.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.papergraph.graph.ExportFormat;
import org.papergraph.graph.IriScheme;
import org.papergraph.graph.store.UnionTriples;
import org.papergraph.graph.PG;
import org.papergraph.graph.map.QuadEmitter;
import org.papergraph.graph.map.Slugs;
import org.papergraph.graph.vocab.PROV;

/**
 * The VoID/DCAT description every export carries: triple count, classes with instance counts,
 * licence, the distribution being written, and the build activities that created the data. It is
 * computed from the store's content only, so describing the same store twice gives the same graph.
 */
public final class DatasetDescription {

  private DatasetDescription() {}

  /** Call inside a read transaction. */
  public static Graph describe(DatasetGraph dsg, IriScheme iris, ExportFormat format,
      String licence) {
    Graph union = dsg.getUnionGraph();
    Graph g = GraphFactory.createDefaultGraph();
    QuadEmitter out = new QuadEmitter(StreamRDFLib.graph(g), Quad.defaultGraphIRI);
    Node ds = iris.dataset();
    Node licenceNode = NodeFactory.createURI(licence);
    out.add(ds, RDF.type, VOID.Dataset);
    out.add(ds, RDF.type, DCAT.Dataset);
    out.add(ds, DCTerms.title, "papergraph knowledge graph");
    out.add(ds, DCTerms.description, "Machine-learning papers, the entities their abstracts name,"
        + " the mentions backing them and the results they report.");
    out.add(ds, DCTerms.license, licenceNode);
    out.add(ds, VOID.triples, QuadEmitter.integer(UnionTriples.count(dsg, Node.ANY)));
    out.add(ds, VOID.uriSpace, iris.base());
    out.add(ds, VOID.vocabulary, NodeFactory.createURI(PG.ONTOLOGY_IRI));
    out.add(ds, DCTerms.conformsTo, NodeFactory.createURI(PG.ONTOLOGY_IRI));
    classes(dsg).forEach((cls, n) -> {
      Node part = iris.datasetPart("class", Slugs.slug(PG.prefixes().shortForm(cls.getURI())));
      out.add(ds, VOID.classPartition, part);
      out.add(part, VOID._class, cls);
      out.add(part, VOID.entities, QuadEmitter.integer(n));
    });
    Node dist = iris.datasetPart("distribution", format.cliName());
    out.add(ds, DCAT.distribution, dist);
    out.add(dist, RDF.type, DCAT.Distribution);
    out.add(dist, DCAT.mediaType, format.mediaType());
    out.add(dist, DCTerms.format, format.cliName());
    out.add(dist, DCTerms.license, licenceNode);
    for (Node activity : activities(union)) {
      out.add(ds, PROV.wasGeneratedBy, activity);
    }
    latestEnd(union).ifPresent(t -> out.add(ds, DCTerms.modified, t));
    return g;
  }

  private static Map<Node, Long> classes(DatasetGraph dsg) {
    Map<Node, Long> counts = new TreeMap<>((a, b) -> a.getURI().compareTo(b.getURI()));
    UnionTriples.forEach(dsg, RDF.type.asNode(), t -> {
      if (t.getObject().isURI()) {
        counts.merge(t.getObject(), 1L, Long::sum);
      }
    });
    return counts;
  }

  private static List<Node> activities(Graph union) {
    List<Node> out = new ArrayList<>();
    union.find(Node.ANY, RDF.type.asNode(), PROV.Activity.asNode())
        .forEachRemaining(t -> out.add(t.getSubject()));
    return out;
  }

  private static Optional<Node> latestEnd(Graph union) {
    String[] latest = {null};
    union.find(Node.ANY, PROV.endedAtTime.asNode(), Node.ANY).forEachRemaining(t -> {
      String lex = t.getObject().getLiteralLexicalForm();
      if (latest[0] == null || Instant.parse(lex).isAfter(Instant.parse(latest[0]))) {
        latest[0] = lex;
      }
    });
    return Optional.ofNullable(latest[0])
        .map(l -> NodeFactory.createLiteralDT(l, XSDDatatype.XSDdateTime));
  }
}
