package org.papergraph.ingest.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import org.papergraph.ingest.SourcePosition;
import org.papergraph.ingest.io.Utf8LineReader;

/**
 * JSON Lines: one record per line, read line by line so memory stays flat. A line that is not
 * UTF-8, not JSON, not an object, or not a usable record is rejected as {@code file:line} and the
 * lines around it are read as usual. Blank lines are skipped.
 */
final class JsonLinesReader {

  private final JsonRecordMapper mapper;
  private final RecordSink sink;

  JsonLinesReader(JsonRecordMapper mapper, RecordSink sink) {
    this.mapper = mapper;
    this.sink = sink;
  }

  void read(InputStream in, String source) throws IOException {
    Utf8LineReader lines = new Utf8LineReader(in, maxLineBytes(sink.options().maxAbstractChars()));
    for (Utf8LineReader.Line line = lines.next(); line != null; line = lines.next()) {
      SourcePosition where = new SourcePosition(source, Long.toString(line.number()));
      if (line.error() != null) {
        sink.reject(where, line.error(), line.text());
      } else if (!line.text().isBlank()) {
        readLine(line.text(), where);
      }
    }
  }

  private void readLine(String text, SourcePosition where) {
    JsonNode node;
    try {
      node = Json.LINE.readTree(text);
    } catch (JsonProcessingException e) {
      sink.reject(where, "malformed JSON at " + Json.describe(e), text);
      return;
    }
    if (!node.isObject()) {
      sink.reject(where, "expected a JSON object, found " + JsonFields.describe(node), text);
      return;
    }
    try {
      sink.accept(mapper.map(node, ""), where, () -> text);
    } catch (BadRecordException e) {
      sink.reject(where, e.getMessage(), text);
    }
  }

  /** Room for an abstract at the limit in worst-case escaping, and never under 32 MiB. */
  static int maxLineBytes(int maxAbstractChars) {
    return (int) Math.min(Integer.MAX_VALUE - 16, Math.max(32L << 20, maxAbstractChars * 12L));
  }
}
