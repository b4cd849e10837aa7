package org.papergraph.extract.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.papergraph.extract.EntityType;

/** Reads gold JSONL files; a bad line fails with {@code file:line: field: problem}. */
public final class GoldFile {

  private static final ObjectMapper JSON = new ObjectMapper();

  private GoldFile() {}

  /** Every paper of the file, in line order (blank lines are skipped). */
  public static List<GoldPaper> read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<GoldPaper> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        out.add(parse(file + ":" + (i + 1), i + 1, lines.get(i)));
      }
    }
    return out;
  }

  static GoldPaper parse(String where, int line, String text) {
    JsonNode n;
    try {
      n = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new GoldFormatException(where + ": not valid JSON: " + e.getOriginalMessage());
    }
    if (n == null || !n.isObject()) {
      throw new GoldFormatException(where + ": expected a JSON object");
    }
    String title = text(n, "title", where, true);
    List<GoldPaper.GoldEntity> entities = new ArrayList<>();
    int k = 0;
    for (JsonNode e : array(n, "entities", where)) {
      String at = where + ": entities[" + k++ + "]";
      String type = text(e, "type", at, true);
      try {
        EntityType.fromLabel(type);
      } catch (IllegalArgumentException ex) {
        throw new GoldFormatException(at + ".type: " + ex.getMessage());
      }
      entities.add(new GoldPaper.GoldEntity(type, text(e, "name", at, true),
          strings(e, "aliases", at), e.path("optional").asBoolean(false)));
    }
    List<GoldPaper.GoldResult> results = new ArrayList<>();
    k = 0;
    for (JsonNode r : array(n, "results", where)) {
      String at = where + ": results[" + k++ + "]";
      JsonNode v = r.get("value");
      if (v == null || v.isNull() || v.asText().isBlank()) {
        throw new GoldFormatException(at + ".value: required, got " + v);
      }
      results.add(new GoldPaper.GoldResult(text(r, "subject", at, false),
          text(r, "benchmark", at, false), text(r, "metric", at, false), v.asText(),
          text(r, "unit", at, false), r.path("relative").asBoolean(false)));
    }
    return new GoldPaper(line, text(n, "id", where, false), title, entities,
        strings(n, "proposes", where), strings(n, "code", where), results);
  }

  private static String text(JsonNode n, String field, String where, boolean required) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        throw new GoldFormatException(where + "." + field + ": required field is missing");
      }
      return null;
    }
    if (!v.isTextual()) {
      throw new GoldFormatException(where + "." + field + ": must be a string, got " + v);
    }
    return v.asText();
  }

  private static Iterable<JsonNode> array(JsonNode n, String field, String where) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      throw new GoldFormatException(where + "." + field + ": must be an array, got " + v);
    }
    return v;
  }

  private static List<String> strings(JsonNode n, String field, String where) {
    List<String> out = new ArrayList<>();
    for (JsonNode s : array(n, field, where)) {
      if (!s.isTextual()) {
        throw new GoldFormatException(where + "." + field + ": items must be strings, got " + s);
      }
      out.add(s.asText());
    }
    return out;
  }

  /** A gold line that breaks the format. */
  public static final class GoldFormatException extends RuntimeException {

    public GoldFormatException(String message) {
      super(message);
    }
  }
}
