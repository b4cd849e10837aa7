/**
 * Constant classes for the standard vocabularies Jena does not ship (or ships under another
 * namespace): {@link org.papergraph.graph.vocab.Schema schema.org} over https, {@link
 * org.papergraph.graph.vocab.Fabio FaBiO}, {@link org.papergraph.graph.vocab.Prism PRISM}, {@link
 * org.papergraph.graph.vocab.MLS ML Schema} and {@link org.papergraph.graph.vocab.PROV PROV-O}.
 * papergraph's own terms are in {@link org.papergraph.graph.PG}.
 */
package org.papergraph.graph.vocab;
