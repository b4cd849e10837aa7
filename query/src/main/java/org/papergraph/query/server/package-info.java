/**
 * The servlets and filters that {@link org.papergraph.query.PaperServer} adds to embedded Fuseki:
 * {@link org.papergraph.query.server.RequestLimitFilter} (413/411),
 * {@link org.papergraph.query.server.CorsFilter} (one allowed origin),
 * {@link org.papergraph.query.server.AuthFile} (the update endpoint's password file),
 * {@link org.papergraph.query.server.WebServlet} (the page at {@code /}) and
 * {@link org.papergraph.query.server.ApiServlet} (named queries for the page, under {@code /api}).
 */
package org.papergraph.query.server;
