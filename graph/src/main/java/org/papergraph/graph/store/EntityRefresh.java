package org.papergraph.graph.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
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
 * those {@link NameRule} picks from every naming of it in every paper graph, and an entity no
 * paper names any more is dropped. Runs inside the caller's write transaction.
 *
 * <p>Because the rule takes a minimum over a total order, a write that only adds names updates an
 * entity from its current label; a write that may take names away, and every removal, recomputes
 * from all namings of the entity.
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

  /** Applies a write's name changes. */
  public static void apply(DatasetGraph dsg, IriScheme iris, NameDelta delta) {
    List<Node> recompute = new ArrayList<>();
    for (Map.Entry<Node, NameDelta.Change> e : delta.changes().entrySet()) {
      if (!e.getValue().onlyAdds() || !addNames(dsg, iris, e.getKey(), e.getValue())) {
        recompute.add(e.getKey());
      }
    }
    refresh(dsg, iris, recompute);
  }

  /** Recomputes names of {@code entities} from all namings; returns how many were dropped. */
  public static int refresh(DatasetGraph dsg, IriScheme iris, Collection<Node> entities) {
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
      if (names.isEmpty()) {
        dsg.deleteAny(iris.entityGraph(), e, Node.ANY, Node.ANY);
        dropped++;
      } else {
        replaceNames(dsg, iris, e, NameRule.choose(names, aliases));
      }
    }
    return dropped;
  }

  /** Updates from the current label; false when the entity has none yet to start from. */
  private static boolean addNames(DatasetGraph dsg, IriScheme iris, Node e, NameDelta.Change c) {
    Node eg = iris.entityGraph();
    String label = first(dsg, eg, e, RDFS.label.asNode());
    String dict = first(dsg, eg, e, PG.labelFromDictionary.asNode());
    if (label == null || dict == null) {
      return false;
    }
    Set<NameRule.Candidate> candidates = new HashSet<>(c.addedNames);
    candidates.add(new NameRule.Candidate(label, "true".equals(dict)));
    Set<String> aliases = new HashSet<>(c.addedAliases);
    dsg.find(eg, e, SKOS.altLabel.asNode(), Node.ANY)
        .forEachRemaining(q -> aliases.add(q.getObject().getLiteralLexicalForm()));
    replaceNames(dsg, iris, e, NameRule.choose(candidates, aliases));
    return true;
  }

  private static void replaceNames(DatasetGraph dsg, IriScheme iris, Node e, NameRule.Names n) {
    Node eg = iris.entityGraph();
    dsg.deleteAny(eg, e, RDFS.label.asNode(), Node.ANY);
    dsg.deleteAny(eg, e, PG.labelFromDictionary.asNode(), Node.ANY);
    dsg.deleteAny(eg, e, SKOS.altLabel.asNode(), Node.ANY);
    EntityTriples.names(e, n, new QuadEmitter(StreamRDFLib.dataset(dsg), eg));
  }

  static String first(DatasetGraph dsg, Node g, Node s, Node p) {
    Iterator<Quad> it = dsg.find(g, s, p, Node.ANY);
    try {
      return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    } finally {
      Iter.close(it);
    }
  }
}
