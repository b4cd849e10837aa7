package org.papergraph.extract;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.papergraph.ingest.Paper;

/**
 * Everything extracted from one paper: what it names, where, and the facts that tie them.
 *
 * @param sentences sentence spans of title and abstract, in text order
 * @param entities one per thing the paper names
 * @param mentions every place a name stands; each denotes one of {@code entities}
 * @param proposes keys of the entities the paper introduces or releases
 * @param codeLinks repository URLs named in the text, in order of appearance
 */
public record Extraction(
    Paper paper,
    List<Span> sentences,
    List<Entity> entities,
    List<Mention> mentions,
    Set<String> proposes,
    List<ResultFact> results,
    List<SizeFact> sizes,
    List<String> codeLinks) {

  public Extraction {
    Objects.requireNonNull(paper, "paper");
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    mentions = List.copyOf(mentions);
    proposes = Set.copyOf(proposes);
    results = List.copyOf(results);
    sizes = List.copyOf(sizes);
    codeLinks = List.copyOf(codeLinks);
  }
}
