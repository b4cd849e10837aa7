package org.papergraph.graph;

/**
 * What one {@link PaperStore#write} did.
 *
 * @param papersAdded papers that were not in the store before
 * @param papersReplaced papers whose named graph was replaced
 * @param entities distinct entities the batch names
 * @param mentions mentions written
 * @param results results written
 * @param quadsWritten quads written into paper graphs and the entity graph (before de-duplication)
 */
public record WriteSummary(int papersAdded, int papersReplaced, int entities, int mentions,
    int results, long quadsWritten) {}
