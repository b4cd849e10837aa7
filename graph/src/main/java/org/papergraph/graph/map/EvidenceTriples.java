package org.papergraph.graph.map;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.papergraph.extract.Entity;
import org.papergraph.extract.EntityType;
import org.papergraph.extract.Extraction;
import org.papergraph.extract.Mention;
import org.papergraph.graph.IriScheme;
import org.papergraph.graph.PG;

/**
 * Mentions and namings, and the paper-to-entity links they back: {@code pg:mentions} for every
 * entity with at least one mention, {@code pg:evaluatesOn} for each mentioned benchmark, {@code
 * pg:proposes} for each proposed entity that is mentioned.
 */
public final class EvidenceTriples {

  /** The {@code source} value of mentions that the curated dictionary found. */
  public static final String DICTIONARY = "dictionary";

  private EvidenceTriples() {}

  public static void emit(Extraction x, IriScheme iris, QuadEmitter out) {
    String id = x.paper().id();
    Node p = iris.paper(id);
    Set<String> mentioned = mentions(x, iris, p, out);
    Map<String, Entity> byKey = new LinkedHashMap<>();
    x.entities().forEach(e -> byKey.put(e.key(), e));
    for (String key : mentioned) {
      Node e = iris.entity(key);
      out.add(p, PG.mentions, e);
      if (byKey.get(key).type() == EntityType.BENCHMARK) {
        out.add(p, PG.evaluatesOn, e);
      }
      if (x.proposes().contains(key)) {
        out.add(p, PG.proposes, e);
      }
    }
    for (Entity entity : x.entities()) {
      naming(x, entity, iris, p, out);
    }
  }

  /** Does the extraction know {@code entity} from the curated dictionary? */
  public static boolean fromDictionary(Extraction x, Entity entity) {
    return !entity.sameAs().isEmpty() || x.mentions().stream().anyMatch(m ->
        m.entityKey().equals(entity.key()) && m.source() != null
            && m.source().toLowerCase(Locale.ROOT).equals(DICTIONARY));
  }

  private static Set<String> mentions(Extraction x, IriScheme iris, Node p, QuadEmitter out) {
    Set<String> mentioned = new java.util.LinkedHashSet<>();
    Set<Node> used = new HashSet<>();
    for (Mention m : x.mentions()) {
      Node node = iris.mention(x.paper().id(), m.span());
      for (int n = 2; !used.add(node); n++) {
        node = NodeFactory.createURI(iris.mention(x.paper().id(), m.span()).getURI() + "-" + n);
      }
      out.add(node, RDF.type, PG.Mention);
      out.add(node, PG.inPaper, p);
      out.add(node, PG.denotes, iris.entity(m.entityKey()));
      out.add(node, PG.anchor, m.anchor());
      out.add(node, PG.start, QuadEmitter.integer(m.span().start()));
      out.add(node, PG.end, QuadEmitter.integer(m.span().end()));
      if (m.span().inTitle()) {
        out.add(node, PG.inTitle, QuadEmitter.bool(true));
      }
      out.add(node, PG.confidence, QuadEmitter.doubleValue(m.confidence()));
      if (m.source() != null && !m.source().isBlank()) {
        out.add(node, PG.foundBy, m.source());
      }
      mentioned.add(m.entityKey());
    }
    return mentioned;
  }

  private static void naming(Extraction x, Entity entity, IriScheme iris, Node p, QuadEmitter out) {
    Node n = iris.naming(x.paper().id(), entity.key());
    out.add(n, RDF.type, PG.Naming);
    out.add(n, PG.inPaper, p);
    out.add(n, PG.namingOf, iris.entity(entity.key()));
    out.add(n, PG.name, entity.label());
    entity.altLabels().stream().filter(a -> !a.equals(entity.label()) && !a.isBlank())
        .forEach(a -> out.add(n, PG.alias, a));
    out.add(n, PG.fromDictionary, QuadEmitter.bool(fromDictionary(x, entity)));
  }
}
