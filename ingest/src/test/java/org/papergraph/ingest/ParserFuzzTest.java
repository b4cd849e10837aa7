package org.papergraph.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.ingest.text.TextCleaner;

/**
 * Seeded mutation fuzzing of every reader: whatever the bytes, a read either returns or throws
 * {@link IngestException} naming the input, never anything else, and every rejection is well
 * formed. Bounded and deterministic (same seed, same inputs).
 */
class ParserFuzzTest {

  private static final long SEED = 20241025L;
  private static final int ROUNDS_PER_FIXTURE = 60;
  private static final byte[] SPECIAL = "{}[]\",:\\<>/&;$\n\r\t\0\u00ff".getBytes(
      StandardCharsets.ISO_8859_1);

  private static final List<String> FIXTURES = List.of("source/daily-papers-sample.txt",
      "source/daily-papers-gold.jsonl", "source/hf-daily-papers.json", "source/hf-paper.json",
      "source/arxiv-metadata.jsonl", "source/arxiv-query.atom.xml", "source/openalex-works.jsonl",
      "source/openalex-page.json", "source/reading-list.csv", "source/reading-list.tsv");

  @TempDir Path dir;

  @Test
  void mutatedInputsOnlyFailWithTheDocumentedError() throws Exception {
    Random random = new Random(SEED);
    int round = 0;
    for (String fixture : FIXTURES) {
      byte[] original = Files.readAllBytes(TestInputs.fixture(fixture));
      original = Arrays.copyOf(original, Math.min(original.length, 6000));
      for (int i = 0; i < ROUNDS_PER_FIXTURE; i++) {
        byte[] mutated = mutate(original, random);
        if (random.nextInt(8) == 0) {
          mutated = gzip(mutated, random);
        }
        Path file = TestInputs.write(dir, "fuzz-" + round++ + ".in", mutated);
        InputFormat format = random.nextInt(3) == 0
            ? InputFormat.values()[random.nextInt(InputFormat.values().length)] : InputFormat.AUTO;
        readSafely(file, IngestOptions.defaults().withFormat(format), fixture, i);
      }
    }
  }

  @Test
  void randomTextNeverBreaksTheCleaner() {
    Random random = new Random(SEED);
    String alphabet = "ab $\\{}^_&#;x2014timesge 0123456789\n\t\u00a0\u200b<>/emph";
    for (int i = 0; i < 3000; i++) {
      StringBuilder s = new StringBuilder();
      for (int k = random.nextInt(80); k > 0; k--) {
        s.append(random.nextInt(10) == 0 ? (char) random.nextInt(0x3000)
            : alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String clean = TextCleaner.clean(s.toString());
      assertFalse(clean.contains("\n"), clean);
      assertTrue(clean.equals(clean.strip()), clean);
    }
  }

  private static void readSafely(Path file, IngestOptions options, String fixture, int i) {
    CollectingHandler handler = new CollectingHandler();
    try {
      IngestStats stats = PaperInputs.read(List.of(file.toString()), options, handler);
      assertNotNull(stats);
    } catch (IngestException e) {
      assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
      assertFalse(e.getMessage().contains("unexpected internal error"),
          fixture + " round " + i + " (" + options.format() + "): " + e.getMessage());
    } catch (Throwable t) {
      fail(fixture + " round " + i + " (" + options.format() + ") threw " + t, t);
    }
    for (Rejection r : handler.rejections) {
      assertNotNull(r.where().position(), r.toString());
      assertFalse(r.reason().isBlank(), r.toString());
      assertTrue(r.excerpt().length() <= 161, r.toString());
    }
  }

  private static byte[] mutate(byte[] data, Random random) {
    byte[] out = data.clone();
    int edits = 1 + random.nextInt(6);
    for (int e = 0; e < edits && out.length > 0; e++) {
      int at = random.nextInt(out.length);
      switch (random.nextInt(6)) {
        case 0 -> out[at] ^= (byte) (1 << random.nextInt(8));
        case 1 -> out[at] = SPECIAL[random.nextInt(SPECIAL.length)];
        case 2 -> out = Arrays.copyOf(out, at);
        case 3 -> out = splice(out, at, randomBytes(random, 1 + random.nextInt(40)));
        case 4 -> out = splice(out, at, Arrays.copyOfRange(out, random.nextInt(out.length),
            out.length));
        default -> {
          int end = Math.min(out.length, at + random.nextInt(200));
          byte[] cut = new byte[out.length - (end - at)];
          System.arraycopy(out, 0, cut, 0, at);
          System.arraycopy(out, end, cut, at, out.length - end);
          out = cut;
        }
      }
    }
    return out;
  }

  private static byte[] splice(byte[] data, int at, byte[] insert) {
    byte[] out = new byte[Math.min(data.length + insert.length, 20_000)];
    System.arraycopy(data, 0, out, 0, Math.min(at, out.length));
    int n = Math.min(insert.length, out.length - at);
    if (n > 0) {
      System.arraycopy(insert, 0, out, at, n);
    }
    int rest = Math.min(data.length - at, out.length - at - Math.max(n, 0));
    if (rest > 0) {
      System.arraycopy(data, at, out, at + n, rest);
    }
    return out;
  }

  private static byte[] randomBytes(Random random, int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }

  private static byte[] gzip(byte[] data, Random random) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(data);
    }
    byte[] out = bytes.toByteArray();
    return random.nextBoolean() ? out : Arrays.copyOf(out, Math.max(2, out.length / 2));
  }
}
