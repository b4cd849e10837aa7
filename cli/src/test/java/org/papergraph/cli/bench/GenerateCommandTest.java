package org.papergraph.cli.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.cli.Main;
import org.papergraph.ingest.IngestOptions;
import org.papergraph.ingest.IngestStats;
import org.papergraph.ingest.Paper;
import org.papergraph.ingest.PaperHandler;
import org.papergraph.ingest.PaperInputs;
import org.papergraph.ingest.Rejection;

class GenerateCommandTest {

  @TempDir Path dir;

  private static int run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    return Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
  }

  private Path generate(String name, int papers, long seed) {
    Path file = dir.resolve(name);
    assertEquals(0, run("generate", "--papers", Integer.toString(papers), "--seed",
        Long.toString(seed), "--out", file.toString()));
    return file;
  }

  @Test
  void sameSeedGivesSameBytesAndOtherSeedDoesNot() throws IOException {
    byte[] a = Files.readAllBytes(generate("a.jsonl", 60, 7));
    byte[] b = Files.readAllBytes(generate("b.jsonl", 60, 7));
    byte[] c = Files.readAllBytes(generate("c.jsonl", 60, 8));
    assertArrayEquals(a, b);
    assertFalse(java.util.Arrays.equals(a, c));
  }

  @Test
  void writesNLinesThatParseWithTheInputFields() throws IOException {
    List<String> lines = Files.readAllLines(generate("n.jsonl", 250, 42), StandardCharsets.UTF_8);
    assertEquals(250, lines.size());
    ObjectMapper json = new ObjectMapper();
    Set<String> titles = new HashSet<>();
    for (String line : lines) {
      JsonNode r = json.readTree(line);
      for (String field : List.of("id", "title", "abstract", "published")) {
        assertTrue(r.path(field).isTextual(), field + " missing in " + line);
      }
      assertTrue(r.path("authors").isArray() && r.path("authors").size() >= 2, line);
      int words = r.get("abstract").asText().split("\\s+").length;
      assertTrue(words >= 150 && words <= 250, words + " words: " + line);
      assertTrue(titles.add(r.get("title").asText()), "title repeated: " + line);
    }
  }

  @Test
  void aShorterCorpusIsAPrefixOfALongerOne() throws IOException {
    List<String> small = Files.readAllLines(generate("s.jsonl", 20, 3), StandardCharsets.UTF_8);
    List<String> large = Files.readAllLines(generate("l.jsonl", 45, 3), StandardCharsets.UTF_8);
    assertEquals(small, large.subList(0, 20));
  }

  @Test
  void gzipOutputHoldsTheSameLines() throws IOException {
    byte[] plain = Files.readAllBytes(generate("p.jsonl", 30, 5));
    Path gz = generate("p.jsonl.gz", 30, 5);
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      assertArrayEquals(plain, in.readAllBytes());
    }
  }

  @Test
  void ingestReadsEveryGeneratedPaperWithoutRejection() throws Exception {
    Path file = generate("ingest.jsonl", 120, 11);
    List<Paper> papers = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    IngestStats stats = PaperInputs.read(List.of(file.toString()), IngestOptions.defaults(),
        new PaperHandler() {
          @Override
          public void paper(Paper paper) {
            papers.add(paper);
          }

          @Override
          public void rejected(Rejection rejection) {
            rejected.add(rejection);
          }
        });
    assertEquals(List.of(), rejected);
    assertEquals(120, stats.papers());
    assertEquals(0, stats.duplicates());
    assertEquals(120, papers.stream().map(Paper::id).distinct().count());
  }

  @Test
  void badUsageExitsTwo() {
    assertEquals(2, run("generate", "--papers", "0", "--out", dir.resolve("x").toString()));
    assertEquals(2, run("generate", "--papers", "5"));
    assertEquals(2, run("generate", "--papers", "5", "--out", dir.resolve("x").toString(),
        "--format", "csv"));
  }

  @Test
  void missingDirectoryIsAOneLineFailure() {
    assertEquals(1, run("generate", "--papers", "5", "--out",
        dir.resolve("no/such/dir/x.jsonl").toString()));
  }
}
