package org.papergraph.ingest.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

/** The one Jackson setup ingest reads with. */
final class Json {

  static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxStringLength(64_000_000).maxNestingDepth(200).build())
      .build());

  /** Reads one JSON Lines line: a single value with nothing after it. */
  static final ObjectReader LINE = MAPPER.readerFor(JsonNode.class)
      .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private Json() {}

  /** Jackson's message without its source dump, with the column when known. */
  static String describe(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message == null) {
      message = e.getClass().getSimpleName();
    }
    int cut = message.indexOf('\n');
    message = cut < 0 ? message : message.substring(0, cut);
    if (message.length() > 200) {
      message = message.substring(0, 200) + "…";
    }
    return e.getLocation() == null || e.getLocation().getColumnNr() < 0 ? message
        : "column " + e.getLocation().getColumnNr() + ": " + message;
  }
}
