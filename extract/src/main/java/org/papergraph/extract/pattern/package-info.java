/**
 * Sources of candidate mentions: the dictionary ({@link
 * org.papergraph.extract.pattern.DictionarySource}) and patterns for names nobody listed
 * (acronym definitions, proposals, head-noun cues, model-name shapes, POS noun phrases), plus
 * {@link org.papergraph.extract.pattern.CodeLinks}. Each implements {@link
 * org.papergraph.extract.pattern.CandidateSource}; the combiner decides among them.
 */
package org.papergraph.extract.pattern;
