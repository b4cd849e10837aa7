/**
 * Extraction: {@link org.papergraph.ingest.Paper} in, {@link org.papergraph.extract.Extraction}
 * out. Start at {@link org.papergraph.extract.Pipeline#load()}; the records here (Entity, Mention,
 * ResultFact, SizeFact, Span) are what the graph module maps to RDF. {@link
 * org.papergraph.extract.Dictionary} reads the curated typed dictionary. Helpers live in
 * subpackages: text (OpenNLP), match (dictionary matcher), pattern (candidate sources), combine
 * (overlaps, types, entities), fact (results, sizes), eval (gold files and scoring).
 */
package org.papergraph.extract;
