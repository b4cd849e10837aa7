/**
 * Evaluation against gold annotations: {@link org.papergraph.extract.eval.GoldFile} reads gold
 * JSONL, {@link org.papergraph.extract.eval.Scorer} scores per the annotation guide, {@link
 * org.papergraph.extract.eval.EvaluationReport} prints it, {@link
 * org.papergraph.extract.eval.Split} fixes the tuned / held-out development split, and {@link
 * org.papergraph.extract.eval.EvaluateMain} runs it all from the command line.
 */
package org.papergraph.extract.eval;
