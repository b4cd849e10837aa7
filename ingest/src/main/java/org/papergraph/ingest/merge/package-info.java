/**
 * Identity and merging within one read: {@link org.papergraph.ingest.merge.PaperMerger} (start
 * here; its documentation explains the bounded-memory design) and {@link
 * org.papergraph.ingest.merge.MergeRules} (how two records of one paper combine).
 */
package org.papergraph.ingest.merge;
