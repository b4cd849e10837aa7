/**
 * Sources to {@link org.papergraph.ingest.Paper} records. Start at {@link
 * org.papergraph.ingest.PaperInputs#read}: it takes files, directories, globs or {@code -}, any
 * supported format (see {@link org.papergraph.ingest.InputFormat}), plain or gzip/bzip2, and
 * pushes clean, deduplicated papers and precise {@link org.papergraph.ingest.Rejection}s into a
 * {@link org.papergraph.ingest.PaperHandler}, in bounded memory. {@link
 * org.papergraph.ingest.PaperIds} holds the id rule, {@link org.papergraph.ingest.RejectsWriter}
 * writes rejections as JSON Lines, and {@code org.papergraph.ingest.fetch} downloads raw API
 * responses that {@code read} accepts.
 *
 * <h2>Which string offsets index into</h2>
 *
 * Every character offset papergraph computes for a paper is a half-open {@code [start, end)}
 * index of UTF-16 chars into {@link org.papergraph.ingest.Paper#abstractText()} (or into {@link
 * org.papergraph.ingest.Paper#title()} for mentions in the title): the cleaned, NFC-normalized,
 * single-line text produced by {@link org.papergraph.ingest.text.TextCleaner}. {@link
 * org.papergraph.ingest.Paper#rawAbstract()} keeps the source's text untouched and is never
 * indexed.
 */
package org.papergraph.ingest;
