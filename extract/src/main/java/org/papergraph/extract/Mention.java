package org.papergraph.extract;

import java.util.Objects;

/**
 * One place where a paper names an entity.
 *
 * @param entityKey key of the {@link Entity} this mention denotes
 * @param type the entity's type
 * @param anchor the exact surface text, equal to the paper text at {@code span}
 * @param span where the anchor stands
 * @param confidence how sure the extractor is, in [0, 1]
 * @param source which component found it ({@code dictionary}, {@code pattern}, {@code model}, ...)
 */
public record Mention(
    String entityKey, EntityType type, String anchor, Span span, double confidence, String source) {

  public Mention {
    Objects.requireNonNull(entityKey, "entityKey");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(span, "span");
    if (anchor.length() != span.end() - span.start()) {
      throw new IllegalArgumentException("anchor '" + anchor + "' does not fit span " + span);
    }
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence must be in [0,1], got " + confidence);
    }
  }
}
