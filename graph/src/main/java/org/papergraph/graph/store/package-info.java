/**
 * The machinery behind {@link org.papergraph.graph.PaperStore}: opening TDB2 directories ({@link
 * org.papergraph.graph.store.StoreDirectory}), keeping the entity graph a function of the paper
 * graphs ({@link org.papergraph.graph.store.EntityRefresh}), build activity graphs ({@link
 * org.papergraph.graph.store.ActivityGraphs}) and statistics ({@link
 * org.papergraph.graph.store.StatsQueries}).
 */
package org.papergraph.graph.store;
