/**
 * Text analysis: OpenNLP sentences, tokens and POS tags over a paper's title and abstract. Start
 * at {@link org.papergraph.extract.text.TextAnalyzer}; {@link org.papergraph.extract.text.Offsets}
 * is the single place where token spans become character spans.
 */
package org.papergraph.extract.text;
