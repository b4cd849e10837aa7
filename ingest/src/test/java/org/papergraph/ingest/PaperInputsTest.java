package org.papergraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaperInputsTest {

  private static final Path SAMPLE = TestInputs.fixture("source/daily-papers-sample.txt");
  private static final Path HF = TestInputs.fixture("source/hf-daily-papers.json");

  @TempDir Path dir;

  @Test
  void gzipAndBzip2AreRecognizedByMagicBytesNotNames() throws Exception {
    byte[] page = Files.readAllBytes(SAMPLE);
    Path gz = TestInputs.write(dir, "page.data", gzip(page));
    Path bz = TestInputs.write(dir, "other.bin", bzip2(Files.readAllBytes(HF)));
    TestInputs.Result result = TestInputs.read(gz, bz);
    assertEquals(49 + 4, result.stats().papers());
    assertEquals(gz.toString(), result.papers().get(0).origin().source());
  }

  @Test
  void truncatedGzipFailsNamingTheFileAfterDeliveringEarlierPapers() throws Exception {
    StringBuilder lines = new StringBuilder();
    Random random = new Random(11);
    for (int i = 0; i < 20_000; i++) {
      lines.append("{\"title\": \"Paper ").append(i).append("\", \"abstract\": \"Text ")
          .append(random.nextLong()).append(".\"}\n");
    }
    byte[] gz = gzip(lines.toString().getBytes(StandardCharsets.UTF_8));
    Path cut = TestInputs.write(dir, "cut.jsonl.gz", Arrays.copyOf(gz, gz.length * 2 / 3));
    CollectingHandler handler = new CollectingHandler();
    IngestException e = assertThrows(IngestException.class,
        () -> PaperInputs.read(List.of(cut.toString()), IngestOptions.defaults(), handler));
    assertTrue(e.getMessage().startsWith(cut + ": cannot read: truncated or corrupt gzip data"),
        e.getMessage());
    assertTrue(handler.papers().size() > 1000, "papers before the break were delivered");
    assertTrue(handler.papers().size() < 20_000);
  }

  @Test
  void directoriesAreReadRecursivelyInOrderSkippingHiddenAndUnknownFiles() throws Exception {
    Files.copy(HF, Files.createDirectories(dir.resolve("b")).resolve("hf.json"));
    Files.write(dir.resolve("a.txt.gz"), gzip(Files.readAllBytes(SAMPLE)));
    TestInputs.write(dir, "README", "not data");
    TestInputs.write(dir, ".hidden/x.json", "garbage");
    TestInputs.Result result = TestInputs.read(dir);
    assertEquals(53, result.stats().papers());
    assertTrue(result.papers().get(0).origin().source().endsWith("a.txt.gz"));
    assertTrue(result.papers().get(52).origin().source().endsWith("hf.json"));
  }

  @Test
  void globsMatchFiles() throws Exception {
    Files.copy(HF, dir.resolve("one.json"));
    Files.copy(TestInputs.fixture("source/hf-paper.json"), dir.resolve("two.json"));
    Files.copy(SAMPLE, dir.resolve("three.txt"));
    CollectingHandler handler = new CollectingHandler();
    IngestStats stats = PaperInputs.read(List.of(dir + "/*.json"), IngestOptions.defaults(),
        handler);
    assertEquals(4, stats.papers(), "hf-paper.json repeats a paper of the daily list");
    assertEquals(1, stats.duplicates());
    IngestException e = assertThrows(IngestException.class, () -> PaperInputs.read(
        List.of(dir + "/*.csv"), IngestOptions.defaults(), handler));
    assertTrue(e.getMessage().endsWith("no files match this pattern"), e.getMessage());
  }

  @Test
  void dashReadsStandardInput() throws Exception {
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream(gzip(Files.readAllBytes(HF))));
      CollectingHandler handler = new CollectingHandler();
      IngestStats stats = PaperInputs.read(List.of("-"), IngestOptions.defaults(), handler);
      assertEquals(4, stats.papers());
      assertEquals("-", handler.papers().get(0).origin().source());
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void inputsThatCannotBeReadAtAll() throws Exception {
    assertFails(dir.resolve("missing.jsonl").toString(), "no such file or directory");
    assertFails(TestInputs.write(dir, "empty.jsonl", "").toString(), "empty file");
    assertFails(TestInputs.write(dir, "blank.txt", " \n\n ").toString(), "empty input");
    byte[] garbage = new byte[4096];
    new Random(7).nextBytes(garbage);
    garbage[0] = 0x01;
    assertFails(TestInputs.write(dir, "garbage.bin", garbage).toString(), "binary data");
    assertFails(TestInputs.write(dir, "words.txt", "hello world\n").toString(),
        "cannot detect the format");
    assertFails(TestInputs.write(dir, "a.zip", new byte[] {'P', 'K', 3, 4, 0, 0}).toString(),
        "zip compressed data is not supported");
    assertFails(TestInputs.write(dir, "doc.json", "[{\"title\": \"A\"}, {\"title\": ").toString(),
        "malformed JSON");
  }

  @Test
  void missingInputFailsBeforeAnythingIsDelivered() {
    CollectingHandler handler = new CollectingHandler();
    assertThrows(IngestException.class, () -> PaperInputs.read(
        List.of(SAMPLE.toString(), dir.resolve("nope.txt").toString()), IngestOptions.defaults(),
        handler));
    assertEquals(0, handler.delivered.size());
  }

  @Test
  void invalidUtf8AndBinaryLinesAreRejectedOneByOne() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write("{\"title\": \"Before\", \"abstract\": \"ok\"}\n".getBytes(StandardCharsets.UTF_8));
    bytes.write(new byte[] {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, '(', '"',
        '}', '\n'});
    byte[] noise = new byte[300];
    new Random(3).nextBytes(noise);
    for (int i = 0; i < noise.length; i++) {
      noise[i] = noise[i] == '\n' ? 0 : noise[i];
    }
    bytes.write(noise);
    bytes.write('\n');
    bytes.write("{\"title\": \"After\", \"abstract\": \"ok\"}\n".getBytes(StandardCharsets.UTF_8));
    Path file = TestInputs.write(dir, "mixed.jsonl", bytes.toByteArray());
    TestInputs.Result result = TestInputs.read(file);
    assertEquals(List.of("Before", "After"), result.papers().stream().map(Paper::title).toList());
    assertEquals("invalid UTF-8 at byte 10 of the line (byte 0xC3)",
        result.rejections().get(0).reason());
    assertEquals("2", result.rejections().get(0).where().position());
    assertEquals("3", result.rejections().get(1).where().position());
  }

  @Test
  void tenMegabyteAbstractIsOverTheLimit() throws Exception {
    String huge = "word ".repeat(2_000_000);
    Path file = TestInputs.write(dir, "huge.jsonl", "{\"title\": \"Small\", \"abstract\": \"ok\"}\n"
        + "{\"title\": \"Huge\", \"abstract\": \"" + huge + "\"}\n");
    TestInputs.Result result = TestInputs.read(file);
    assertEquals(1, result.stats().papers());
    assertEquals("abstract has 10,000,000 characters, over the limit of 100,000"
        + " (maxAbstractChars)", result.rejections().get(0).reason());
    assertTrue(result.rejections().get(0).excerpt().length() <= 200);
  }

  private void assertFails(String input, String messagePart) {
    IngestException e = assertThrows(IngestException.class, () -> PaperInputs.read(
        List.of(input), IngestOptions.defaults(), new CollectingHandler()), input);
    assertTrue(e.getMessage().startsWith(input + ":"), e.getMessage());
    assertTrue(e.getMessage().contains(messagePart), e.getMessage());
  }

  static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  static byte[] bzip2(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream bz = new BZip2CompressorOutputStream(out)) {
      bz.write(data);
    }
    return out.toByteArray();
  }
}
