package org.papergraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RejectsWriterTest {

  @Test
  void rejectionsOfARealReadBecomeJsonLines(@TempDir Path dir) throws Exception {
    Path input = TestInputs.write(dir, "in.jsonl", "{\"title\": \"ok\"}\n{\"title\": 1}\n"
        + "not json \"quoted\" \u00e9\n");
    Path rejects = dir.resolve("rejects.jsonl");
    try (RejectsWriter writer = RejectsWriter.to(rejects)) {
      PaperHandler handler = new PaperHandler() {
        @Override
        public void paper(Paper paper) {}

        @Override
        public void rejected(Rejection rejection) {
          writer.write(rejection);
        }
      };
      PaperInputs.read(List.of(input.toString()), IngestOptions.defaults(), handler);
      assertEquals(2, writer.count());
    }
    List<String> lines = Files.readAllLines(rejects, StandardCharsets.UTF_8);
    assertEquals(2, lines.size());
    JsonNode second = new ObjectMapper().readTree(lines.get(1));
    assertEquals(input.toString(), second.get("source").asText());
    assertEquals("3", second.get("position").asText());
    assertEquals("not json \"quoted\" é", second.get("excerpt").asText());
    assertEquals(List.of("source", "position", "reason", "excerpt"),
        List.copyOf(iterable(second.fieldNames())));
  }

  private static List<String> iterable(java.util.Iterator<String> it) {
    List<String> out = new java.util.ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }
}
