package org.papergraph.extract;

import java.util.Objects;

/**
 * A stated size of a named entity: parameters ("40B") or corpus tokens ("1.2T").
 *
 * @param entityKey the entity it is stated for
 * @param parameters parameter count as written, or null
 * @param tokens token count as written, or null
 * @param evidence the sentence it came from
 */
public record SizeFact(String entityKey, String parameters, String tokens, Span evidence) {

  public SizeFact {
    Objects.requireNonNull(entityKey, "entityKey");
    Objects.requireNonNull(evidence, "evidence");
    if (parameters == null && tokens == null) {
      throw new IllegalArgumentException("a size fact needs parameters or tokens");
    }
  }
}
