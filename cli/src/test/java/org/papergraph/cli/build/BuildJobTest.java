package org.papergraph.cli.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.extract.Entity;
import org.papergraph.extract.EntityType;
import org.papergraph.extract.Extraction;
import org.papergraph.extract.Extractor;
import org.papergraph.extract.Mention;
import org.papergraph.extract.Span;
import org.papergraph.graph.PaperStore;
import org.papergraph.ingest.IngestOptions;
import org.papergraph.ingest.Paper;

/** One paper whose extraction fails, or breaks the graph's promises, never sinks a build. */
class BuildJobTest {

  /** Fails on "boom", returns a mention whose anchor is not the text for "bad", else nothing. */
  private static final Extractor FLAKY = paper -> switch (paper.title()) {
    case "boom" -> throw new IllegalStateException("tokenizer exploded");
    case "bad" -> new Extraction(paper, List.of(), List.of(new Entity("model/x",
        EntityType.MODEL, "X", List.of(), null, null, List.of())), List.of(new Mention(
        "model/x", EntityType.MODEL, "Nope", new Span(0, 4, false), 0.9, "test")), Set.of(),
        List.of(), List.of(), List.of());
    default -> new Extraction(paper, List.of(), List.of(), List.of(), Set.of(), List.of(),
        List.of(), List.of());
  };

  @Test
  void failedPapersAreSkippedAndReportedOthersWritten(@TempDir Path tmp) throws Exception {
    Path input = Files.writeString(tmp.resolve("in.jsonl"), String.join("\n",
        line("ok"), line("boom"), line("bad"), ""), StandardCharsets.UTF_8);
    StringWriter err = new StringWriter();
    BuildSettings settings = new BuildSettings(List.of(input.toString()),
        IngestOptions.defaults(), tmp.resolve("store"), null, false,
        null, 2);
    BuildSummary summary = new BuildJob(settings, new PrintWriter(err, true), FLAKY, "test")
        .run();

    assertEquals(3, summary.papers());
    assertEquals(2, summary.skipped());
    String log = err.toString();
    assertTrue(log.contains("in.jsonl:2: extraction failed") && log.contains("tokenizer exploded"),
        log);
    assertTrue(log.contains("in.jsonl:3: extraction failed") && log.contains("does not equal"),
        log);
    try (PaperStore store = PaperStore.open(tmp.resolve("store"))) {
      assertEquals(1, store.stats().papers());
    }
  }

  @Test
  void aBuildIntoANewStoreThatFailsLeavesNoStoreAndNoStagingBehind(@TempDir Path tmp)
      throws Exception {
    // more than one chunk of papers, so the bulk loader has taken some, then a truncated gzip
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < BuildJob.CHUNK + 200; i++) {
      lines.append("{\"title\":\"Paper number ").append(i)
          .append("\",\"abstract\":\"Some text here.\"}\n");
    }
    java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
    try (var out = new java.util.zip.GZIPOutputStream(gz)) {
      out.write(lines.toString().getBytes(StandardCharsets.UTF_8));
    }
    byte[] bytes = gz.toByteArray();
    Path input = Files.write(tmp.resolve("in.jsonl.gz"),
        java.util.Arrays.copyOf(bytes, bytes.length - 40));
    Path store = tmp.resolve("store");
    BuildSettings settings = new BuildSettings(List.of(input.toString()),
        IngestOptions.defaults(), store, null, false, null, 2);
    Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
        () -> new BuildJob(settings, null, FLAKY, "test").run());
    assertTrue(e.getMessage().contains("in.jsonl.gz"), e.getMessage());
    try (var left = Files.list(tmp)) {
      assertEquals(List.of(input), left.toList(), "neither the store nor a staging directory");
    }
  }

  private static String line(String title) {
    return "{\"title\":\"" + title + "\",\"abstract\":\"Some text here.\"}";
  }
}
