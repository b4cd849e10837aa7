/**
 * Text cleaning for what sources give: {@link org.papergraph.ingest.text.TextCleaner} turns raw
 * abstracts, titles and names into clean NFC text (LaTeX and HTML remnants rendered, lossy
 * converter leftovers repaired, whitespace collapsed). The cleaned abstract is {@code
 * Paper.abstractText}, the string every character offset indexes into.
 */
package org.papergraph.ingest.text;
