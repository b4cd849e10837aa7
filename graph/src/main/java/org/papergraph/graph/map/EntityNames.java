package org.papergraph.graph.map;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.papergraph.extract.Entity;
import org.papergraph.extract.Extraction;
import org.papergraph.graph.IriScheme;

/**
 * Every distinct naming of every entity in a set of extractions, and the names {@link NameRule}
 * picks from them. Kept as sets: the rule depends on which names occur, not how often, so memory
 * grows with distinct names rather than with papers.
 */
public final class EntityNames {

  private final Map<String, Set<NameRule.Candidate>> names = new HashMap<>();
  private final Map<String, Set<String>> aliases = new HashMap<>();

  public void add(Extraction x) {
    for (Entity e : x.entities()) {
      names.computeIfAbsent(e.key(), k -> new LinkedHashSet<>())
          .add(new NameRule.Candidate(e.label(), EvidenceTriples.fromDictionary(x, e)));
      aliases.computeIfAbsent(e.key(), k -> new LinkedHashSet<>()).addAll(e.altLabels());
    }
  }

  /** The label, label source and altLabels of every entity seen, in entity key order. */
  public void emit(IriScheme iris, QuadEmitter out) {
    new TreeMap<>(names).forEach((key, candidates) -> EntityTriples.names(iris.entity(key),
        NameRule.choose(candidates, aliases.get(key)), out));
  }
}
