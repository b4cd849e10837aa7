/**
 * Case-insensitive substring search over the store's names (entity labels and aliases, paper titles
 * and ids) for the search box: an in-memory index behind the property function
 * {@code pgf:textContains}, so that a search looks at strings in memory instead of decoding every
 * name in the store.
 */
package org.papergraph.query.search;
