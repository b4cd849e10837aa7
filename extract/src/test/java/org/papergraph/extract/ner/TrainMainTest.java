package org.papergraph.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainMainTest {

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return TrainMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  /** The synthetic corpus as TDMSci-style CoNLL, one document. */
  private Path conll() throws IOException {
    List<String> lines = new ArrayList<>();
    int offset = 0;
    for (NameSample sample : SyntheticCorpus.samples()) {
      String[] tags = new String[sample.getSentence().length];
      java.util.Arrays.fill(tags, "O");
      for (Span name : sample.getNames()) {
        tags[name.getStart()] = "B-" + name.getType();
        for (int i = name.getStart() + 1; i < name.getEnd(); i++) {
          tags[i] = "I-" + name.getType();
        }
      }
      for (int i = 0; i < tags.length; i++) {
        lines.add(sample.getSentence()[i] + "\t" + offset + "\t" + tags[i]);
        offset += sample.getSentence()[i].length() + 1;
      }
      lines.add("");
    }
    Path file = dir.resolve("tiny.conll");
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void trainsWritesModelAndReport() throws Exception {
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, "{\"text\": \"We fine-tune Llama on GSM8K.\", \"spans\": [{\"start\":"
        + " 13, \"end\": 18, \"type\": \"Model\"}]}\n", StandardCharsets.UTF_8);
    Path model = dir.resolve("out/model.bin");
    Path report = dir.resolve("report.md");

    int code = run("--train", conll().toString(), "--gold-spans", gold.toString(), "--out",
        model.toString(), "--report", report.toString(), "--iterations", "30", "--cutoff", "0",
        "--held-out-every", "3");

    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    StatisticalNameFinder finder = StatisticalNameFinder.load(model);
    assertEquals("DATASET", finder.find("Results on KiloQA show large gains .".split(" "))
        .get(0).type());
    String md = Files.readString(report, StandardCharsets.UTF_8);
    assertTrue(md.contains("MODEL=1"), md);
    assertTrue(md.contains("1 sentence in 3 held out"), md);
    assertTrue(md.contains("sentences 3, 6, 9, ..."), md);
    assertTrue(md.matches("(?s).*\\| DATASET \\| \\d\\.\\d{3} \\|.*"), md);
    assertTrue(md.contains("org.papergraph.extract.ner.TrainMain --train"), md);
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("| ALL |"));
  }

  @Test
  void missingRequiredOptionIsBadUsage() {
    assertEquals(2, run("--train", "x.conll"));
    String message = err.toString(StandardCharsets.UTF_8);
    assertTrue(message.contains("--train and --out are required"), message);
    assertTrue(message.contains("usage: TrainMain"), message);
    assertEquals(2, run("--train", "x.conll", "--out", "m.bin", "--iterations", "many"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--iterations must be an integer,"
        + " got 'many'"));
  }

  @Test
  void badDataFailsWithFileAndLine() throws IOException {
    Path bad = dir.resolve("bad.conll");
    Files.writeString(bad, "We\t0\tO\nBLEU\t3\tB-METRIC\nscore\tx\tO\n", StandardCharsets.UTF_8);
    assertEquals(1, run("--train", bad.toString(), "--out", dir.resolve("m.bin").toString()));
    String message = err.toString(StandardCharsets.UTF_8);
    assertTrue(message.contains("bad.conll:3: offset 'x'"), message);
    assertEquals(1, run("--train", dir.resolve("missing.conll").toString(), "--out", "m.bin"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("no such file"));
  }
}
