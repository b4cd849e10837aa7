package org.papergraph.ingest.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.papergraph.ingest.IngestException;
import org.papergraph.ingest.SourcePosition;

/**
 * One JSON document, streamed with Jackson's parser so that only one record is in memory: a
 * top-level array of records (the HF daily list, an OpenAlex export), an object wrapping such an
 * array in {@code results}, {@code data} or {@code papers} (OpenAlex API pages), or a single
 * record (the HF single-paper API). Positions are JSON pointers ({@code /3}, {@code /results/7}).
 * A syntax error breaks the rest of the document: records before it are kept and the error is an
 * {@link IngestException} naming line and column.
 */
final class JsonDocumentReader {

  private static final Set<String> WRAPPERS = Set.of("results", "data", "papers");

  private final JsonRecordMapper mapper;
  private final RecordSink sink;
  private String source;

  JsonDocumentReader(JsonRecordMapper mapper, RecordSink sink) {
    this.mapper = mapper;
    this.sink = sink;
  }

  void read(InputStream in, String source) throws IOException, IngestException {
    this.source = source;
    try (JsonParser parser = Json.MAPPER.createParser(in)) {
      int roots = 0;
      for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
        String prefix = roots++ == 0 ? "" : "#" + roots;
        if (t == JsonToken.START_ARRAY) {
          readArray(parser, prefix);
        } else if (t == JsonToken.START_OBJECT) {
          readObject(parser, prefix);
        } else {
          throw new IngestException(where(parser.currentLocation()) + ": expected a JSON array or"
              + " object at the top level, found " + t.asString());
        }
      }
    } catch (JsonProcessingException e) {
      throw new IngestException(where(e.getLocation()) + ": malformed JSON: "
          + Json.describe(e).replaceFirst("^column \\d+: ", "")
          + " (records before this point were read)", e);
    }
  }

  private void readArray(JsonParser parser, String pointer) throws IOException {
    int index = 0;
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY && t != null;
        t = parser.nextToken()) {
      JsonNode node = parser.readValueAsTree();
      record(node, pointer + "/" + index++);
    }
  }

  private void readObject(JsonParser parser, String pointer) throws IOException {
    ObjectNode single = Json.MAPPER.createObjectNode();
    boolean streamed = false;
    for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      if (WRAPPERS.contains(field) && value == JsonToken.START_ARRAY) {
        readArray(parser, pointer + "/" + field);
        streamed = true;
      } else {
        single.set(field, parser.readValueAsTree());
      }
    }
    if (!streamed) {
      record(single, pointer);
    }
  }

  private void record(JsonNode node, String pointer) {
    SourcePosition where = new SourcePosition(source, pointer.isEmpty() ? "/" : pointer);
    if (node == null || !node.isObject()) {
      sink.reject(where, "expected a JSON object, found "
          + (node == null ? "nothing" : JsonFields.describe(node)), String.valueOf(node));
      return;
    }
    try {
      sink.accept(mapper.map(node, ""), where, node::toString);
    } catch (BadRecordException e) {
      sink.reject(where, e.getMessage(), node.toString());
    }
  }

  private String where(JsonLocation location) {
    if (location == null || location.getLineNr() < 0) {
      return source;
    }
    return source + ":" + location.getLineNr() + ":" + location.getColumnNr();
  }
}
