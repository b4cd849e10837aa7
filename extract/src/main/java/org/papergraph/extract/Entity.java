package org.papergraph.extract;

import java.util.List;
import java.util.Objects;

/**
 * One thing a paper names, normalized: the same thing across papers has the same {@code key}.
 *
 * @param key deterministic identifier, {@code <type slug>/<name slug>}, e.g. {@code
 *     model/llama-2-13b}; the graph turns it into an IRI
 * @param type the entity type
 * @param label canonical name (the dictionary's, or the most specific surface form seen)
 * @param altLabels other surface forms seen in this paper, and known aliases
 * @param variantOf key of the family this entity is a variant of (LLaMA-2-13B of LLaMA 2), or null
 * @param parameterCount parameter count when the name or text states it (13B -> 13000000000), or
 *     null
 * @param sameAs verified external identifiers (Wikidata, Hugging Face) from the dictionary only
 */
public record Entity(
    String key,
    EntityType type,
    String label,
    List<String> altLabels,
    String variantOf,
    Long parameterCount,
    List<String> sameAs) {

  public Entity {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(label, "label");
    altLabels = List.copyOf(altLabels == null ? List.of() : altLabels);
    sameAs = List.copyOf(sameAs == null ? List.of() : sameAs);
  }
}
