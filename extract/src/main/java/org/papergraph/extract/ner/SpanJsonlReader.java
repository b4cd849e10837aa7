package org.papergraph.extract.ner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads extra training text as JSON Lines, one text per line:
 * <pre>{"text": "We evaluate on GSM8K.", "spans": [{"start": 15, "end": 20, "type": "Benchmark"}]}</pre>
 * Offsets are half-open Java {@code String} indices into {@code text}; types are free (upper-cased,
 * so {@code Benchmark} becomes {@code BENCHMARK}). Texts are split into sentences and tokens with
 * OpenNLP's English models by {@link SpanAligner}. Blank lines are skipped; any other line that
 * breaks these rules stops reading with a {@link TrainingDataException} naming {@code file:line}.
 */
public final class SpanJsonlReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SpanJsonlReader() {}

  public static SpanSamples read(Path file) throws IOException {
    SpanAligner aligner = new SpanAligner();
    SpanSamples all = SpanSamples.empty();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (!line.isBlank()) {
          all = all.plus(readLine(aligner, file, number, line));
        }
      }
    }
    return all;
  }

  private static SpanSamples readLine(SpanAligner aligner, Path file, int number, String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new TrainingDataException(file, number, "not valid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new TrainingDataException(file, number, "expected a JSON object {\"text\", \"spans\"}");
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual()) {
      throw new TrainingDataException(file, number, "field 'text' must be a string");
    }
    JsonNode spans = node.get("spans");
    if (spans == null || !spans.isArray()) {
      throw new TrainingDataException(file, number, "field 'spans' must be an array");
    }
    List<CharSpan> parsed = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      parsed.add(span(file, number, "spans[" + i + "]", spans.get(i), text.textValue()));
    }
    return aligner.align(file.getFileName() + ":" + number, text.textValue(), parsed);
  }

  private static CharSpan span(Path file, int number, String where, JsonNode span, String text) {
    JsonNode start = span.get("start");
    JsonNode end = span.get("end");
    JsonNode type = span.get("type");
    if (start == null || !start.isInt() || end == null || !end.isInt()) {
      throw new TrainingDataException(file, number, where + ": 'start' and 'end' must be integers,"
          + " got " + span);
    }
    if (type == null || !type.isTextual() || type.textValue().isBlank()) {
      throw new TrainingDataException(file, number, where + ": 'type' must be a non-empty string,"
          + " got " + span);
    }
    int s = start.intValue();
    int e = end.intValue();
    if (s < 0 || e <= s || e > text.length()) {
      throw new TrainingDataException(file, number, where + ": [" + s + ", " + e + ") is not a"
          + " range of the text; need 0 <= start < end <= " + text.length());
    }
    if (text.substring(s, e).isBlank()) {
      throw new TrainingDataException(file, number, where + ": [" + s + ", " + e + ") covers only"
          + " whitespace");
    }
    return new CharSpan(s, e, type.textValue());
  }
}
