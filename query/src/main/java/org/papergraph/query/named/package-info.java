/**
 * Loading of the named-query resources that live in the same folder ({@code *.rq} and the index
 * {@code queries.list}). Start at {@link org.papergraph.query.named.NamedQueryLoader}; callers use
 * {@link org.papergraph.query.NamedQueries} instead.
 */
package org.papergraph.query.named;
