package org.papergraph.graph.store;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.papergraph.extract.Entity;
import org.papergraph.extract.Extraction;
import org.papergraph.graph.IriScheme;
import org.papergraph.graph.PG;
import org.papergraph.graph.map.EvidenceTriples;
import org.papergraph.graph.map.NameRule.Candidate;

/**
 * The names a write takes away (namings of replaced paper graphs) and brings (namings of the new
 * extractions), per entity. When nothing taken away is missing from what is brought, an entity's
 * names can be updated from its current label without reading every naming of it.
 */
public final class NameDelta {

  /** Names removed and added for one entity. */
  static final class Change {
    final Set<Candidate> removedNames = new HashSet<>();
    final Set<String> removedAliases = new HashSet<>();
    final Set<Candidate> addedNames = new HashSet<>();
    final Set<String> addedAliases = new HashSet<>();

    boolean onlyAdds() {
      return addedNames.containsAll(removedNames) && addedAliases.containsAll(removedAliases);
    }
  }

  private final Map<Node, Change> changes = new LinkedHashMap<>();

  /** Records the namings in {@code graph}, about to be replaced or dropped. */
  public void removing(DatasetGraph dsg, Node graph) {
    dsg.find(graph, Node.ANY, PG.namingOf.asNode(), Node.ANY).forEachRemaining(q -> {
      Change c = change(q.getObject());
      String name = EntityRefresh.first(dsg, graph, q.getSubject(), PG.name.asNode());
      String dict = EntityRefresh.first(dsg, graph, q.getSubject(), PG.fromDictionary.asNode());
      if (name != null) {
        c.removedNames.add(new Candidate(name, "true".equals(dict)));
      }
      dsg.find(graph, q.getSubject(), PG.alias.asNode(), Node.ANY).forEachRemaining(
          (Quad a) -> c.removedAliases.add(a.getObject().getLiteralLexicalForm()));
    });
  }

  /** Records the namings a new extraction brings. */
  public void adding(Extraction x, IriScheme iris) {
    for (Entity e : x.entities()) {
      Change c = change(iris.entity(e.key()));
      c.addedNames.add(new Candidate(e.label(), EvidenceTriples.fromDictionary(x, e)));
      e.altLabels().stream().filter(a -> !a.equals(e.label())).forEach(c.addedAliases::add);
    }
  }

  Map<Node, Change> changes() {
    return changes;
  }

  private Change change(Node entity) {
    return changes.computeIfAbsent(entity, k -> new Change());
  }
}
