/**
 * Result writers that Jena does not provide. {@link org.papergraph.query.format.TableWriter} prints
 * SELECT results as an aligned text table; {@link org.papergraph.query.QueryRunner} picks it for
 * {@code table} output.
 */
package org.papergraph.query.format;
