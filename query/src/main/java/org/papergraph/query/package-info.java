/**
 * SPARQL over the papergraph store: named queries, a query runner and the HTTP server.
 *
 * <p>Start here:
 * <ul>
 *   <li>{@link org.papergraph.query.NamedQueries} and {@link org.papergraph.query.NamedQuery}: the
 *       {@code .rq} queries shipped in {@code org/papergraph/query/named/}, with safe parameter binding;</li>
 *   <li>{@link org.papergraph.query.QueryRunner}: one read-only query against a dataset (union default
 *       graph, read transaction, timeout), written as a table, CSV, TSV, SPARQL JSON or Turtle;</li>
 *   <li>{@link org.papergraph.query.PaperServer}: embedded Fuseki with the read-only endpoint
 *       {@code /papers/sparql} and the web page at {@code /}, configured by
 *       {@link org.papergraph.query.ServerOptions}.</li>
 * </ul>
 * Helpers live in subpackages: {@code named} (resource loading), {@code format} (text table),
 * {@code server} (servlets and filters of the web server).
 */
package org.papergraph.query;
