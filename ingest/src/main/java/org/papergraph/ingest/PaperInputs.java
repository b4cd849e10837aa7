package org.papergraph.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.papergraph.ingest.io.Decompression;
import org.papergraph.ingest.io.FormatDetector;
import org.papergraph.ingest.io.InputResolver;
import org.papergraph.ingest.io.InputSource;
import org.papergraph.ingest.io.Layout;
import org.papergraph.ingest.merge.PaperMerger;
import org.papergraph.ingest.source.RecordSink;
import org.papergraph.ingest.source.SourceReaders;

/**
 * The entry point of ingest: reads any mix of inputs into one stream of clean, deduplicated
 * papers.
 *
 * <p>Each input is a file, a directory (read recursively), a glob, or {@code -} for standard
 * input; gzip and bzip2 are recognized by their magic bytes. The format of each file is detected
 * from its content unless {@link IngestOptions#format()} forces one. Everything streams: one
 * record at a time is in memory, plus the bounded identity index of {@link PaperMerger}.
 *
 * <p>The handler receives, in input order: each paper once when first seen, and again with the
 * same id when a later record of the same paper adds metadata (replace by id); each rejected
 * record; and warnings (empty abstract, unreadable date, late duplicate).
 */
public final class PaperInputs {

  private static final int PEEK_BYTES = 1 << 16;

  private PaperInputs() {}

  /**
   * Streams every input, in order, into {@code handler}.
   *
   * @return counts of distinct papers, rejected records, warnings and merged duplicates
   * @throws IngestException for an input that cannot be read at all: missing, empty, an
   *     undetectable format, binary data, truncated compressed data, XML that is not Atom, a JSON
   *     document broken mid-way. All inputs are resolved before any is read, so a mistyped name
   *     fails before anything is delivered; a break inside an input comes after the records
   *     before it were delivered.
   */
  public static IngestStats read(List<String> inputs, IngestOptions options, PaperHandler handler)
      throws IngestException {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(handler, "handler");
    if (inputs.isEmpty()) {
      throw new IngestException("no inputs given");
    }
    List<InputSource> sources = new ArrayList<>();
    for (String input : inputs) {
      sources.addAll(InputResolver.resolve(input));
    }
    PaperMerger merger = new PaperMerger(handler);
    RecordSink sink = new RecordSink(options, merger);
    for (InputSource source : sources) {
      readOne(source, sink);
    }
    return new IngestStats(merger.distinct(), sink.rejected(),
        sink.warnings() + merger.ownWarnings(), merger.duplicates());
  }

  private static void readOne(InputSource source, RecordSink sink) throws IngestException {
    String name = source.name();
    try (InputStream raw = source.open()) {
      BufferedInputStream buffered = new BufferedInputStream(raw, PEEK_BYTES);
      if (Decompression.peek(buffered, 1).length == 0) {
        throw new IngestException(name + ": empty file");
      }
      BufferedInputStream content =
          new BufferedInputStream(Decompression.open(buffered, name), PEEK_BYTES);
      byte[] head = Decompression.peek(content, PEEK_BYTES);
      if (head.length == 0) {
        throw new IngestException(name + ": empty after decompression");
      }
      IngestOptions options = sink.options();
      Layout layout = FormatDetector.detect(head, options.format(), options.csvColumns(), name);
      SourceReaders.read(layout, content, name, sink);
    } catch (IOException e) {
      throw new IngestException(name + ": cannot read: " + e.getMessage()
          + " (records before this point were read)", e);
    } catch (RuntimeException e) {
      throw new IngestException(name + ": unexpected internal error while reading (" + e
          + "); please report it with this input", e);
    }
  }
}
