/**
 * Helpers of {@link org.papergraph.graph.Exporter}: the streaming JSON-LD writer ({@link
 * org.papergraph.graph.export.JsonLdStreamWriter}), the JSON-LD context file ({@link
 * org.papergraph.graph.export.ContextFile}) and the VoID/DCAT description every export carries
 * ({@link org.papergraph.graph.export.DatasetDescription}).
 */
package org.papergraph.graph.export;
