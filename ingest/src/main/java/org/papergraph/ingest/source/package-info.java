/**
 * Readers for each source format, all delivering into a {@link
 * org.papergraph.ingest.source.RecordSink}: {@code DailyPageReader} (page text), {@code
 * JsonLinesReader} and {@code JsonDocumentReader} (JSON Lines and streamed JSON documents, with
 * {@code JsonRecordMapper} deciding per record between the generic form, Hugging Face API JSON,
 * the arXiv metadata snapshot and OpenAlex works), {@code AtomReader} (arXiv API feeds, StAX),
 * and {@code CsvReader} (CSV/TSV, RFC 4180). Start at {@link
 * org.papergraph.ingest.source.SourceReaders}.
 *
 * <p>Readers never collect an input: one line, record or entry is in memory at a time, and every
 * buffer is bounded by the abstract limit. A bad record becomes a rejection with {@code
 * file:line} or a JSON pointer and the reader goes on; only a break that makes the rest of the
 * input unreadable (malformed JSON document or XML, a non-Atom root) is an {@code
 * IngestException}, after the records before it were delivered.
 */
package org.papergraph.ingest.source;
