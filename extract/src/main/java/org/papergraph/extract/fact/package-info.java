/**
 * Facts that tie entities together: {@link org.papergraph.extract.fact.ResultFinder} (scores),
 * {@link org.papergraph.extract.fact.SizeFinder} (parameter and token counts). Proposals are
 * collected by the pipeline from the proposal pattern's spans.
 */
package org.papergraph.extract.fact;
