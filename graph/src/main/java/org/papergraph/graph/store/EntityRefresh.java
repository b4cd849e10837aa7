package org.papergraph.graph.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.papergraph.graph.IriScheme;
import org.papergraph.graph.PG;
import org.papergraph.graph.map.EntityTriples;
import org.papergraph.graph.map.NameRule;
import org.papergraph.graph.map.QuadEmitter;

/**
 * Keeps the entity graph a function of the paper graphs: an entity's label and altLabels are
 * recomputed from every naming of it in every paper graph, and an entity that no paper names any
 * more is dropped. Runs inside the caller's write transaction.
 */
public final class EntityRefresh {

  private EntityRefresh() {}

  /** Entities named in {@code graph} (read before the graph is replaced or dropped). */
  public static List<Node> entitiesNamedIn(DatasetGraph dsg, Node graph) {
    List<Node> out = new ArrayList<>();
    dsg.find(graph, Node.ANY, PG.namingOf.asNode(), Node.ANY)
        .forEachRemaining(q -> out.add(q.getObject()));
    return out;
  }

  /** Recomputes names of {@code entities}; returns how many were dropped as orphans. */
  public static int refresh(DatasetGraph dsg, IriScheme iris, Collection<Node> entities) {
    Node eg = iris.entityGraph();
    QuadEmitter out = new QuadEmitter(StreamRDFLib.dataset(dsg), eg);
    int dropped = 0;
    for (Node e : entities) {
      List<NameRule.Candidate> names = new ArrayList<>();
      List<String> aliases = new ArrayList<>();
      List<Quad> namings = new ArrayList<>();
      dsg.find(Node.ANY, Node.ANY, PG.namingOf.asNode(), e).forEachRemaining(namings::add);
      for (Quad q : namings) {
        String name = first(dsg, q.getGraph(), q.getSubject(), PG.name.asNode());
        String dict = first(dsg, q.getGraph(), q.getSubject(), PG.fromDictionary.asNode());
        if (name != null) {
          names.add(new NameRule.Candidate(name, "true".equals(dict)));
        }
        dsg.find(q.getGraph(), q.getSubject(), PG.alias.asNode(), Node.ANY)
            .forEachRemaining(a -> aliases.add(a.getObject().getLiteralLexicalForm()));
      }
      dsg.deleteAny(eg, e, RDFS.label.asNode(), Node.ANY);
      dsg.deleteAny(eg, e, SKOS.altLabel.asNode(), Node.ANY);
      if (names.isEmpty()) {
        dsg.deleteAny(eg, e, Node.ANY, Node.ANY);
        dropped++;
      } else {
        EntityTriples.names(e, NameRule.choose(names, aliases), out);
      }
    }
    return dropped;
  }

  private static String first(DatasetGraph dsg, Node g, Node s, Node p) {
    var it = dsg.find(g, s, p, Node.ANY);
    try {
      return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    } finally {
      org.apache.jena.atlas.iterator.Iter.close(it);
    }
  }
}
