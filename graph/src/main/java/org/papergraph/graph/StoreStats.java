package org.papergraph.graph;

import java.util.List;
import java.util.Map;

/**
 * A summary of a store, as {@code papergraph stats} prints it.
 *
 * @param papers papers in the store
 * @param triples distinct triples in the union graph
 * @param entitiesPerType entity count per type label ({@code Model}, ...), every type present
 * @param topEntitiesPerType per type label, the entities named by most papers, most first
 * @param resultsPerBenchmark benchmarks with their result counts, most first
 * @param mentions mentions in the store
 * @param mentionsWithoutResults mentions whose entity no result of the same paper refers to (as
 *     subject, benchmark or metric)
 * @param sizeOnDiskBytes bytes of the TDB2 directory
 */
public record StoreStats(long papers, long triples, Map<String, Long> entitiesPerType,
    Map<String, List<RankedEntity>> topEntitiesPerType, List<RankedEntity> resultsPerBenchmark,
    long mentions, long mentionsWithoutResults, long sizeOnDiskBytes) {

  /**
   * An entity with a count.
   *
   * @param iri the entity IRI
   * @param label its {@code rdfs:label}
   * @param count papers naming it, or results on it
   */
  public record RankedEntity(String iri, String label, long count) {}

  public StoreStats {
    entitiesPerType = Map.copyOf(entitiesPerType);
    topEntitiesPerType = Map.copyOf(topEntitiesPerType);
    resultsPerBenchmark = List.copyOf(resultsPerBenchmark);
  }
}
