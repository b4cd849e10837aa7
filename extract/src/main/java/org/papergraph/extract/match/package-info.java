/**
 * Dictionary matching: {@link org.papergraph.extract.match.Pieces} splits text into matching units,
 * {@link org.papergraph.extract.match.DictionaryMatcher} finds dictionary names over them, and
 * {@link org.papergraph.extract.match.Names} holds the normalization shared with keys and scoring.
 */
package org.papergraph.extract.match;
