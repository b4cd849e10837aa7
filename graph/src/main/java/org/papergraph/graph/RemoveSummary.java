package org.papergraph.graph;

/**
 * What one {@link PaperStore#remove} did.
 *
 * @param papersRemoved papers whose named graph was dropped
 * @param entitiesRemoved entities dropped because no paper names them any more
 */
public record RemoveSummary(int papersRemoved, int entitiesRemoved) {}
