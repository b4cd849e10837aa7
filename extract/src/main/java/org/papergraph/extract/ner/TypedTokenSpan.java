package org.papergraph.extract.ner;

import java.util.Objects;
import java.util.Optional;
import org.papergraph.extract.EntityType;

/**
 * A name found by the {@link StatisticalNameFinder}: tokens {@code [start, end)} of the sentence
 * that was passed in, the model's type for it (upper-case, e.g. {@code DATASET}) and the mean
 * probability of its tokens' outcomes.
 */
public record TypedTokenSpan(int start, int end, String type, double probability) {

  public TypedTokenSpan {
    Objects.requireNonNull(type, "type");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("token span must satisfy 0 <= start < end, got [" + start
          + ", " + end + ")");
    }
    if (!(probability >= 0.0 && probability <= 1.0)) {
      throw new IllegalArgumentException("probability must be in [0,1], got " + probability);
    }
  }

  /** The {@link EntityType} whose label equals {@link #type()} ignoring case, if there is one. */
  public Optional<EntityType> entityType() {
    for (EntityType candidate : EntityType.values()) {
      if (candidate.label().equalsIgnoreCase(type)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
