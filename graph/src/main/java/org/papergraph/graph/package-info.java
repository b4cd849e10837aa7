/**
 * Extraction to RDF, the TDB2 store, exports and validation.
 *
 * <p>Start with {@link org.papergraph.graph.PG}, the vocabulary (mirrors {@code pg.ttl}), then
 * {@link org.papergraph.graph.ExtractionMapper}, which streams one paper's quads into any {@code
 * StreamRDF}. {@link org.papergraph.graph.PaperStore} keeps one named graph per paper in a TDB2
 * directory with the union of graphs as the default graph; {@link org.papergraph.graph.Exporter}
 * streams the store out in six syntaxes with a VoID/DCAT description; {@link
 * org.papergraph.graph.Validator} checks the SHACL shapes in {@code shapes.ttl}.
 */
package org.papergraph.graph;
