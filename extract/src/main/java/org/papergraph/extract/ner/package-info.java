/**
 * papergraph's statistical name finder: an OpenNLP {@code TokenNameFinder} (maxent or perceptron)
 * with custom features (see {@link org.papergraph.extract.ner.features}).
 *
 * <p>Where to start:
 * <ul>
 *   <li>Run: {@link org.papergraph.extract.ner.StatisticalNameFinder#bundled()} then
 *       {@code find(tokens)}, giving {@link org.papergraph.extract.ner.TypedTokenSpan}s (token
 *       offsets; the caller maps them to characters). Thread-safe, model loaded once.</li>
 *   <li>Train: {@link org.papergraph.extract.ner.NameFinderTrainer} (static; samples to model, or
 *       files to model plus {@link org.papergraph.extract.ner.TrainingReport}), from the command
 *       line {@link org.papergraph.extract.ner.TrainMain}.</li>
 *   <li>Data: {@link org.papergraph.extract.ner.ConllReader} (TDMSci CoNLL) and
 *       {@link org.papergraph.extract.ner.SpanJsonlReader} (text with character spans).</li>
 *   <li>Score: {@link org.papergraph.extract.ner.NameFinderEvaluation}.</li>
 * </ul>
 * The committed model {@code tdmsci-ner.bin} and its {@code training-report.md} sit in the resources
 * of this package.
 */
package org.papergraph.extract.ner;
