/**
 * Loading of the named-query resources that live in the same folder ({@code *.rq} and the index
 * {@code queries.list}). Start at {@link org.papergraph.query.named.NamedQueryLoader}; callers use
 * {@link org.papergraph.query.NamedQueries} instead. {@link org.papergraph.query.named.Paging} sets the
 * page of a paged query ({@code page=N}) on its parsed syntax tree.
 */
package org.papergraph.query.named;
