package org.papergraph.extract.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpanJsonlReaderTest {

  private static final String TEXT =
      "We fine-tune BERTbase models on SQuAD 2.0. Accuracy on Ünïcode-QA improves by 2 points.";

  @TempDir Path dir;

  private static Map<String, Object> span(String text, String anchor, String type) {
    int start = text.indexOf(anchor);
    Map<String, Object> span = new LinkedHashMap<>();
    span.put("start", start);
    span.put("end", start + anchor.length());
    span.put("type", type);
    return span;
  }

  private Path write(String... lines) throws IOException {
    Path file = dir.resolve("gold-spans.jsonl");
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  private static String line(String text, List<Map<String, Object>> spans) throws IOException {
    return new ObjectMapper().writeValueAsString(Map.of("text", text, "spans", spans));
  }

  private static List<String> names(NameSample sample) {
    List<String> names = new ArrayList<>();
    for (Span name : sample.getNames()) {
      names.add(name.getType() + ":" + String.join(" ", Arrays.copyOfRange(sample.getSentence(),
          name.getStart(), name.getEnd())));
    }
    return names;
  }

  @Test
  void alignsCharacterSpansToTokensPerSentence() throws IOException {
    Path file = write(line(TEXT, List.of(span(TEXT, "BERT", "Model"),
        span(TEXT, "SQuAD 2.0", "Dataset"), span(TEXT, "Ünïcode-QA", "Benchmark"),
        span(TEXT, "Accuracy", "metric"))), "");
    SpanSamples read = SpanJsonlReader.read(file);
    assertEquals(2, read.samples().size(), "two sentences");
    assertEquals(4, read.spans());
    assertEquals(0, read.droppedSpans());
    assertEquals(1, read.splitTokens(), "BERTbase is cut after BERT");
    NameSample first = read.samples().get(0);
    assertEquals(List.of("MODEL:BERT", "DATASET:SQuAD 2.0"), names(first));
    assertEquals("base", first.getSentence()[Arrays.asList(first.getSentence()).indexOf("BERT")
        + 1]);
    // OpenNLP's UD tokenizer splits before the hyphen: Ünïcode | -QA
    assertEquals(List.of("METRIC:Accuracy", "BENCHMARK:Ünïcode -QA"),
        names(read.samples().get(1)));
    assertTrue(read.samples().get(0).isClearAdaptiveDataSet());
    assertEquals(false, read.samples().get(1).isClearAdaptiveDataSet());
    assertEquals("gold-spans.jsonl:1#1", read.samples().get(1).getId());
  }

  @Test
  void spanAcrossASentenceBreakKeepsTheSentencesTogether() throws IOException {
    String text = "We study Foo. Bar. It works well.";
    SpanSamples read = SpanJsonlReader.read(write(line(text,
        List.of(span(text, "Foo. Bar", "Method")))));
    assertEquals(1, read.spans());
    assertEquals(2, read.samples().size(), "detector splits 3 sentences; the span joins two");
    assertEquals(List.of("METHOD:Foo . Bar"), names(read.samples().get(0)));
  }

  @Test
  void longerOverlappingSpanWins() throws IOException {
    SpanSamples read = SpanJsonlReader.read(write(line(TEXT, List.of(
        span(TEXT, "SQuAD", "Dataset"), span(TEXT, "SQuAD 2.0", "Dataset")))));
    assertEquals(1, read.spans());
    assertEquals(1, read.droppedSpans());
    assertEquals(List.of("DATASET:SQuAD 2.0"), names(read.samples().get(0)));
  }

  @Test
  void outOfRangeSpanNamesFileLineAndRule() throws IOException {
    Map<String, Object> bad = Map.of("start", 5, "end", 500, "type", "Model");
    Path file = write(line("ok", List.of()), line(TEXT, List.of(bad)));
    TrainingDataException e = assertThrows(TrainingDataException.class,
        () -> SpanJsonlReader.read(file));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("spans[0]: [5, 500) is not a range of the text; need 0 <="
        + " start < end <= " + TEXT.length()), e.getMessage());
  }

  @Test
  void malformedLinesAreRejectedWithTheirLine() throws IOException {
    TrainingDataException json = assertThrows(TrainingDataException.class,
        () -> SpanJsonlReader.read(write("{\"text\": ")));
    assertTrue(json.getMessage().contains("gold-spans.jsonl:1: not valid JSON"),
        json.getMessage());
    TrainingDataException noText = assertThrows(TrainingDataException.class,
        () -> SpanJsonlReader.read(write("", "{\"spans\": []}")));
    assertEquals(2, noText.line());
    assertTrue(noText.getMessage().contains("'text' must be a string"));
    TrainingDataException noType = assertThrows(TrainingDataException.class,
        () -> SpanJsonlReader.read(write("{\"text\": \"abc\", \"spans\": [{\"start\": 0,"
            + " \"end\": 1}]}")));
    assertTrue(noType.getMessage().contains("spans[0]: 'type' must be a non-empty string"));
  }
}
