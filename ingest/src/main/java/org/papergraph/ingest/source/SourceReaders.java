package org.papergraph.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import org.papergraph.ingest.IngestException;
import org.papergraph.ingest.InputFormat;
import org.papergraph.ingest.io.Layout;

/** Hands an input to the reader for its {@link Layout}. */
public final class SourceReaders {

  private SourceReaders() {}

  /**
   * Streams every record of {@code in} into {@code sink}.
   *
   * @throws IngestException when the input as a whole is unreadable (records read before the
   *     break have been delivered)
   * @throws IOException when reading the bytes fails, such as truncated compressed data
   */
  public static void read(Layout layout, InputStream in, String source, RecordSink sink)
      throws IOException, IngestException {
    InputFormat format = sink.options().format();
    JsonRecordMapper mapper =
        new JsonRecordMapper(RecordKind.of(format), sink.options().maxAbstractChars());
    switch (layout) {
      case JSON_LINES -> new JsonLinesReader(mapper, sink).read(in, source);
      case JSON_DOCUMENT -> new JsonDocumentReader(mapper, sink).read(in, source);
      case ATOM -> new AtomReader(sink).read(in, source);
      case CSV -> new CsvReader(sink, ',').read(in, source);
      case TSV -> new CsvReader(sink, '\t').read(in, source);
      case DAILY_PAGE -> new DailyPageReader(sink).read(in, source);
    }
  }
}
