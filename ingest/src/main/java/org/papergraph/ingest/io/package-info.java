/**
 * Getting bytes to the readers: {@link org.papergraph.ingest.io.InputResolver} expands files,
 * directories, globs and {@code -}; {@link org.papergraph.ingest.io.Decompression} unwraps gzip
 * and bzip2 by magic bytes; {@link org.papergraph.ingest.io.FormatDetector} picks a {@link
 * org.papergraph.ingest.io.Layout} from the first bytes; {@link
 * org.papergraph.ingest.io.Utf8LineReader} yields strict UTF-8 lines one at a time.
 */
package org.papergraph.ingest.io;
