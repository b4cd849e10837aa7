/**
 * OpenNLP feature generators written for papergraph's name finder: {@link
 * org.papergraph.extract.ner.features.WordShapeFeatureGenerator word shape}, {@link
 * org.papergraph.extract.ner.features.AffixFeatureGenerator prefixes and suffixes}, {@link
 * org.papergraph.extract.ner.features.LexiconFeatureGenerator dictionary membership} and {@link
 * org.papergraph.extract.ner.features.NeighbourWordsFeatureGenerator neighbouring words}.
 *
 * <p>Each generator has a nested {@code Factory} so that it can be named in an OpenNLP feature
 * generator XML descriptor ({@code <generator class="...WordShapeFeatureGenerator$Factory"/>}). The
 * descriptor is stored inside the trained model, so a model loaded later rebuilds exactly the
 * generators it was trained with; the {@link org.papergraph.extract.ner.features.Lexicon} travels in
 * the model as a {@code .txt} resource. Start with {@code ner-features.xml} next to the name finder.
 */
package org.papergraph.extract.ner.features;
