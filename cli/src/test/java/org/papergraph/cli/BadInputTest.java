package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.graph.PaperStore;

/**
 * The build's policy for bad records: skipped, reported as file:line, counted, and written to
 * --rejects; with --strict the build fails and the store stays exactly as it was.
 */
class BadInputTest {

  private static final String GOOD_1 =
      "{\"id\":\"p1\",\"title\":\"Scaling LoRA\",\"abstract\":\"We evaluate LoRA on MMLU.\"}";
  private static final String GOOD_2 =
      "{\"id\":\"p2\",\"title\":\"A Second Paper\",\"abstract\":\"We study GPT-4 on GSM8K.\"}";

  @Test
  void malformedLineIsSkippedReportedAndCounted(@TempDir Path tmp) throws Exception {
    Path input = write(tmp, "in.jsonl", GOOD_1 + "\n{\"title\": broken\n" + GOOD_2 + "\n");
    Path rejects = tmp.resolve("rejects.jsonl");
    Cli r = Cli.run("build", input.toString(), "--store", tmp.resolve("s").toString(),
        "--rejects", rejects.toString(), "-q");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("papers read: 2"), r.out());
    assertTrue(r.out().contains("skipped:     1"), r.out());
    assertTrue(r.out().contains("in.jsonl:2: malformed JSON"), r.out());
    String logged = Files.readString(rejects, StandardCharsets.UTF_8);
    assertEquals(1, logged.lines().count(), logged);
    assertTrue(logged.contains("broken"), "the excerpt shows the raw record: " + logged);
  }

  @Test
  void strictBuildFailsAndLeavesTheStoreAsItWas(@TempDir Path tmp) throws Exception {
    Path store = tmp.resolve("s");
    Path good = write(tmp, "good.jsonl", GOOD_1 + "\n");
    assertEquals(0, Cli.run("build", good.toString(), "--store", store.toString(), "-q").exit());
    long before = triples(store);

    Path bad = write(tmp, "bad.jsonl", GOOD_2 + "\n[1, 2]\n");
    Cli r = Cli.run("build", bad.toString(), "--store", store.toString(), "--strict", "-q");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("bad.jsonl"), r.err());
    assertTrue(r.err().contains("nothing was written"), r.err());
    assertEquals(before, triples(store));
  }

  @Test
  void emptyAbstractIsKeptWithAWarning(@TempDir Path tmp) throws Exception {
    Path input = write(tmp, "in.jsonl", "{\"title\":\"Only A Title\",\"abstract\":\"\"}\n");
    Cli r = Cli.run("build", input.toString(), "--store", tmp.resolve("s").toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("papers read: 1"), r.out());
    assertTrue(r.err().contains("warning"), r.err());
  }

  @Test
  void emptyFileFailsNamingIt(@TempDir Path tmp) throws Exception {
    Path input = write(tmp, "empty.txt", "");
    Cli r = Cli.run("build", input.toString(), "--store", tmp.resolve("s").toString(), "-q");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("empty.txt"), r.err());
  }

  private static Path write(Path dir, String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static long triples(Path store) {
    try (PaperStore s = PaperStore.open(store)) {
      return s.tripleCount();
    }
  }

  @Test
  void badServerNumbersAreUsageErrorsBeforeTheStoreOpens(@TempDir Path tmp) {
    String store = tmp.resolve("never-created").toString();
    for (String[] flag : new String[][] {{"--port", "70000"}, {"--cache-mb", "-3"},
        {"--max-running", "-1"}, {"--timeout", "0"}}) {
      Cli r = Cli.run("serve", "--store", store, flag[0], flag[1]);
      assertEquals(2, r.exit(), String.join(" ", flag) + ": " + r.err());
      assertTrue(r.err().contains(flag[0]) && r.err().contains(flag[1]), r.err());
    }
    assertFalse(java.nio.file.Files.exists(tmp.resolve("never-created")));
  }
}
