package org.papergraph.graph.map;

import java.util.Collection;
import java.util.Comparator;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Chooses an entity's one {@code rdfs:label} from every paper's naming of it, so that the choice
 * depends only on the set of namings, never on the order papers were built or removed in.
 *
 * <p>Rule: a name the curated dictionary gave wins over names found in text; among those, the
 * longer name wins (the most specific surface form); ties go to the smaller string in Java
 * {@code String} (UTF-16 code unit) order. Every other name and alias becomes a {@code
 * skos:altLabel}.
 */
public final class NameRule {

  /** One paper's name for an entity. */
  public record Candidate(String name, boolean fromDictionary) {}

  /**
   * The chosen label, whether the dictionary gave it, and the sorted alternative labels.
   */
  public record Names(String label, boolean labelFromDictionary, SortedSet<String> altLabels) {}

  static final Comparator<Candidate> BEST_FIRST = Comparator
      .comparing((Candidate c) -> !c.fromDictionary())
      .thenComparing(c -> -c.name().length())
      .thenComparing(Candidate::name);

  private NameRule() {}

  /**
   * @param candidates every paper's name, at least one
   * @param aliases every alias any paper gave
   */
  public static Names choose(Collection<Candidate> candidates, Collection<String> aliases) {
    Candidate best = candidates.stream().min(BEST_FIRST)
        .orElseThrow(() -> new IllegalArgumentException("an entity needs at least one name"));
    SortedSet<String> alt = new TreeSet<>(aliases);
    candidates.forEach(c -> alt.add(c.name()));
    alt.remove(best.name());
    alt.removeIf(String::isBlank);
    return new Names(best.name(), best.fromDictionary(), alt);
  }
}
