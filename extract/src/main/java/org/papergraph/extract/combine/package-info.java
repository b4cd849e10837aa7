/**
 * From candidates to entities: {@link org.papergraph.extract.combine.Combiner} resolves overlaps
 * and types with a confidence per mention; {@link org.papergraph.extract.combine.EntityBuilder}
 * groups mentions into one entity per thing with deterministic keys.
 */
package org.papergraph.extract.combine;
