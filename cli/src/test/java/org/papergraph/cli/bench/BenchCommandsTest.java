package org.papergraph.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.cli.Main;
import org.papergraph.extract.Pipeline;
import org.papergraph.graph.BuildActivity;
import org.papergraph.graph.PaperStore;
import org.papergraph.ingest.Paper;
import org.papergraph.query.PaperServer;
import org.papergraph.query.ServerOptions;

/** The bench subcommands end to end, on small generated corpora, real store and real HTTP. */
class BenchCommandsTest {

  @TempDir static Path dir;
  static Path corpus;

  record Run(int exit, String out, String err) {
    /** The cells of the first data row of the Markdown table printed. */
    List<String> firstRow() {
      String line = out.lines().filter(l -> l.startsWith("|")).skip(2).findFirst().orElseThrow(
          () -> new AssertionError("no table row in: " + out + err));
      return List.of(line.substring(1, line.length() - 1).split("\\|")).stream()
          .map(String::strip).toList();
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeAll
  static void generate() {
    corpus = dir.resolve("corpus.jsonl");
    assertEquals(0, run("generate", "--papers", "40", "--out", corpus.toString()).exit());
  }

  @Test
  void ingestCountsEveryPaper() {
    Run r = run("bench", "ingest", corpus.toString());
    assertEquals(0, r.exit(), r.err());
    List<String> row = r.firstRow();
    assertEquals("40", row.get(1), r.out());
    assertEquals("0", row.get(2), r.out());
    assertEquals(1, run("bench", "ingest", dir.resolve("missing.jsonl").toString()).exit());
  }

  @Test
  void storeWriteTimesTheStagesAndFillsTheStore() {
    Path store = dir.resolve("store-write");
    Run r = run("bench", "store-write", "--threads", "2", "--store", store.toString(),
        corpus.toString());
    assertEquals(0, r.exit(), r.err());
    List<String> row = r.firstRow();
    assertEquals("40", row.get(0));
    assertTrue(Long.parseLong(row.get(1)) > 40 * 20, "triples: " + row.get(1));
    assertTrue(Double.parseDouble(row.get(4)) > 0, "write seconds: " + row.get(4));
    try (PaperStore s = PaperStore.open(store)) {
      assertEquals(Long.parseLong(row.get(1)), s.tripleCount());
    }
    assertEquals(1, run("bench", "store-write", "--store", store.toString(), corpus.toString())
        .exit(), "a store that is not fresh is refused");
  }

  @Test
  void extractReportsOneRowPerThreadCount() {
    Run r = run("bench", "extract", "--papers", "12", "--warmup", "2", "--threads", "1,2");
    assertEquals(0, r.exit(), r.err());
    List<String> rows = r.out().lines().filter(l -> l.startsWith("| 1 ") || l.startsWith("| 2 "))
        .toList();
    assertEquals(2, rows.size(), r.out());
    List<String> first = r.firstRow();
    assertEquals("12", first.get(1));
    assertTrue(Double.parseDouble(first.get(first.size() - 3)) > 1, "mentions per abstract");
    assertEquals(2, run("bench", "extract", "--threads", "0").exit());
  }

  @Test
  void queriesRunsEveryNamedQueryWithoutErrorsOnALiveServer() throws Exception {
    Path store = dir.resolve("served");
    CorpusGenerator g = new CorpusGenerator(Lexicon.load(), 5);
    List<Paper> papers = ExtractBench.papers(g, 0, 30);
    Pipeline pipeline = Pipeline.load();
    try (PaperStore s = PaperStore.open(store)) {
      s.write(papers.stream().map(pipeline::extract).toList(),
          new BuildActivity("test", Instant.now(), null, List.of(), "test"));
      try (PaperServer server = PaperServer.start(ServerOptions.defaults(s.dataset())
          .withPort(0))) {
        Run r = run("bench", "queries", "--endpoint", server.endpoint().toString(), "--clients",
            "2", "--seconds", "3", "--warmup", "0", "--per-query");
        assertEquals(0, r.exit(), r.err());
        List<String> all = r.firstRow();
        assertTrue(Integer.parseInt(all.get(3)) > 0, "requests: " + r.out());
        assertEquals("0", all.get(4), "errors: " + r.out());
        assertTrue(r.out().contains("| benchmarks-of-paper |"), r.out());
        // 5 values per parameter for 3 s: queries repeat, and the server's cache answers some
        assertTrue(Integer.parseInt(all.get(6).replace("%", "")) > 0, "cache hits: " + r.out());
      }
    }
    assertEquals(2, run("bench", "queries", "--endpoint", "http://10.9.9.9/sparql").exit());
    assertEquals(2, run("bench", "queries", "--endpoint", "http://127.0.0.1:1/x", "--clients",
        "0").exit());
  }
}
