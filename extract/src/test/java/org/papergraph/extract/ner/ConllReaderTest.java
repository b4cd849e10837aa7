package org.papergraph.extract.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConllReaderTest {

  @TempDir Path dir;

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(ConllReaderTest.class.getResource(name).toURI());
  }

  @Test
  void readsSentencesNamesAndDocumentBreaks() throws Exception {
    List<NameSample> samples = ConllReader.read(fixture("sample.conll"));
    assertEquals(3, samples.size());
    NameSample first = samples.get(0);
    assertArrayEquals(new String[] {"We", "report", "BLEU", "on", "WMT14", "English", "-",
        "German", "."}, first.getSentence());
    assertArrayEquals(new Span[] {new Span(2, 3, "METRIC"), new Span(4, 8, "DATASET")},
        first.getNames());
    assertEquals("sample.conll:1", first.getId());
    assertTrue(first.isClearAdaptiveDataSet());
    assertArrayEquals(new Span[] {new Span(0, 2, "TASK")}, samples.get(1).getNames());
    assertFalse(samples.get(1).isClearAdaptiveDataSet(), "offsets continue: same document");
    assertTrue(samples.get(2).isClearAdaptiveDataSet(), "offsets restart: new document");
    assertEquals("sample.conll:17", samples.get(2).getId());
  }

  @Test
  void readsTheRealTrainingFile() throws Exception {
    Path real = Path.of(System.getProperty("papergraph.root", ".."),
        "../shared/data/train/tdmsci-train.conll");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(real), "no shared data");
    List<NameSample> samples = ConllReader.read(real);
    assertEquals(1523, samples.size());
    long tasks = samples.stream().flatMap(s -> java.util.Arrays.stream(s.getNames()))
        .filter(n -> n.getType().equals("TASK")).count();
    assertEquals(1219, tasks, "one TASK name per B-TASK tag");
  }

  @Test
  void wrongFieldCountNamesFileAndLine() throws IOException {
    TrainingDataException e = readBad("We\t0\tO\nreport\t3\n");
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("bad.conll:2: expected 3 tab-separated fields"),
        e.getMessage());
  }

  @Test
  void nonNumericOffsetIsRejected() throws IOException {
    TrainingDataException e = readBad("We\t0\tO\n\nreport\tthree\tO\n");
    assertEquals(3, e.line());
    assertTrue(e.getMessage().contains("offset 'three'"), e.getMessage());
  }

  @Test
  void unknownTagIsRejected() throws IOException {
    TrainingDataException e = readBad("BLEU\t0\tMETRIC\n");
    assertTrue(e.getMessage().contains("tag 'METRIC' is not O, B-TYPE or I-TYPE"), e.getMessage());
  }

  @Test
  void insideTagMustContinueTheSameType() throws IOException {
    assertEquals(1, readBad("translation\t0\tI-TASK\n").line());
    TrainingDataException e = readBad("BLEU\t0\tB-METRIC\nscore\t5\tI-TASK\n");
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("follows 'B-METRIC'"), e.getMessage());
    TrainingDataException acrossSentences = readBad("BLEU\t0\tB-METRIC\n\nscore\t5\tI-METRIC\n");
    assertEquals(3, acrossSentences.line());
  }

  private TrainingDataException readBad(String content) throws IOException {
    Path file = dir.resolve("bad.conll");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return assertThrows(TrainingDataException.class, () -> ConllReader.read(file));
  }
}
