/**
 * How one {@link org.papergraph.extract.Extraction} becomes quads: {@link
 * org.papergraph.graph.map.ExtractionCheck} first, then {@link
 * org.papergraph.graph.map.PaperTriples}, {@link org.papergraph.graph.map.EvidenceTriples}
 * (mentions, namings) and {@link org.papergraph.graph.map.FactTriples} (results, sizes, sentences)
 * into the paper graph, and {@link org.papergraph.graph.map.EntityTriples} into the entity graph,
 * with labels chosen by {@link org.papergraph.graph.map.NameRule}. Entry point: {@link
 * org.papergraph.graph.ExtractionMapper}.
 */
package org.papergraph.graph.map;
