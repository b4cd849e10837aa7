package org.papergraph.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.ingest.CollectingHandler;
import org.papergraph.ingest.IngestOptions;
import org.papergraph.ingest.IngestStats;
import org.papergraph.ingest.PaperInputs;
import org.papergraph.ingest.TestInputs;

class FetcherTest {

  @TempDir Path out;
  private ReplayServer server;
  private byte[] hfDaily;

  @BeforeEach
  void start() throws Exception {
    server = new ReplayServer();
    hfDaily = Files.readAllBytes(TestInputs.fixture("source/hf-daily-papers.json"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Fetcher fetcher(Duration arxivDelay, int pageSize) {
    FetchConfig config = FetchConfig.defaults()
        .withEndpoints(server.uri("/api/daily_papers"), server.uri("/api/query"))
        .withTiming(arxivDelay, Duration.ZERO, Duration.ofMillis(1500))
        .withArxivPageSize(pageSize);
    return new Fetcher(config);
  }

  @Test
  void hfDailyRetries503AndSavesFilesBuildReads() throws Exception {
    server.then(ReplayServer.Reply.status(503)).then(ReplayServer.Reply.ok(hfDaily))
        .then(ReplayServer.Reply.ok("[]"));
    FetchResult result = fetcher(Duration.ZERO, 10).fetchHfDaily(LocalDate.of(2024, 10, 25),
        LocalDate.of(2024, 10, 26), out);
    assertEquals(3, result.requests());
    assertEquals(4, result.records());
    assertEquals(List.of(out.resolve("hf-daily-2024-10-25.json"),
        out.resolve("hf-daily-2024-10-26.json")), result.files());
    assertArrayEquals(hfDaily, Files.readAllBytes(result.files().get(0)));
    assertEquals("/api/daily_papers?date=2024-10-25", server.requests.get(1).uri().toString());
    assertTrue(server.requests.get(0).userAgent().startsWith("papergraph/"));

    CollectingHandler handler = new CollectingHandler();
    IngestStats stats = PaperInputs.read(List.of(result.files().get(0).toString()),
        IngestOptions.defaults(), handler);
    assertEquals(4, stats.papers());
  }

  @Test
  void truncatedBodiesAreRetriedNeverSaved() throws Exception {
    byte[] cut = Arrays.copyOf(hfDaily, hfDaily.length / 3);
    server.then(ReplayServer.Reply.truncated(hfDaily)).then(ReplayServer.Reply.ok(cut))
        .then(ReplayServer.Reply.ok(hfDaily));
    FetchResult result = fetcher(Duration.ZERO, 10).fetchHfDaily(LocalDate.of(2024, 10, 25),
        LocalDate.of(2024, 10, 25), out);
    assertEquals(3, result.requests());
    assertArrayEquals(hfDaily, Files.readAllBytes(result.files().get(0)));
    try (var files = Files.list(out)) {
      assertEquals(1, files.count(), "no partial files left behind");
    }
  }

  @Test
  void clientErrorsFailAtOnceAndServerErrorsAfterTheRetries() {
    server.then(ReplayServer.Reply.status(404));
    FetchException notFound = assertThrows(FetchException.class, () -> fetcher(Duration.ZERO, 10)
        .fetchHfDaily(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1), out));
    assertTrue(notFound.getMessage().contains("/api/daily_papers?date=2024-01-01: HTTP 404"),
        notFound.getMessage());
    assertEquals(1, server.requests.size());

    for (int i = 0; i < 4; i++) {
      server.then(ReplayServer.Reply.status(503));
    }
    FetchException down = assertThrows(FetchException.class, () -> fetcher(Duration.ZERO, 10)
        .fetchHfDaily(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 2), out));
    assertTrue(down.getMessage().endsWith("failed after 4 attempts; last: HTTP 503"),
        down.getMessage());
  }

  @Test
  void timeoutsAreRetried() throws Exception {
    server.then(ReplayServer.Reply.slow(hfDaily, 2500)).then(ReplayServer.Reply.ok(hfDaily));
    FetchResult result = fetcher(Duration.ZERO, 10).fetchHfDaily(LocalDate.of(2024, 10, 25),
        LocalDate.of(2024, 10, 25), out);
    assertEquals(2, result.requests());
    assertEquals(4, result.records());
  }

  @Test
  void arxivPagesArePacedAndStopAtTheTotal() throws Exception {
    for (int i = 0; i < 3; i++) {
      server.then(ReplayServer.Reply.ok(feed(3, i)));
    }
    FetchResult result = fetcher(Duration.ofMillis(200), 1)
        .fetchArxiv("cat:cs.CL AND abs:benchmark", 10, out);
    assertEquals(3, result.records());
    assertEquals(3, result.files().size());
    assertEquals(out.resolve("arxiv-cat-cs-cl-and-abs-benchmark-000002.xml"),
        result.files().get(2));
    assertEquals("/api/query?search_query=cat%3Acs.CL+AND+abs%3Abenchmark&start=1&max_results=1",
        server.requests.get(1).uri().toString());
    for (int i = 1; i < 3; i++) {
      long gap = server.requests.get(i).nanos() - server.requests.get(i - 1).nanos();
      // Server-side receive times jitter by a few ms; unpaced requests would be ~1 ms apart.
      assertTrue(gap >= Duration.ofMillis(120).toNanos(), "requests spaced: " + gap);
    }
    CollectingHandler handler = new CollectingHandler();
    PaperInputs.read(List.of(out.toString()), IngestOptions.defaults(), handler);
    assertEquals(3, handler.papers().size());
  }

  @Test
  void arxivMaxLimitsTheRequestAndAnEmptyFeedSavesNothing() throws Exception {
    server.then(ReplayServer.Reply.ok(feed(50, 0)));
    FetchResult one = fetcher(Duration.ZERO, 100).fetchArxiv("all:llm", 1, out);
    assertEquals(1, one.records());
    assertTrue(server.requests.get(0).uri().toString().endsWith("&start=0&max_results=1"));

    server.then(ReplayServer.Reply.ok(
        Files.readAllBytes(TestInputs.fixture("source/arxiv-empty.atom.xml"))));
    FetchResult empty = fetcher(Duration.ZERO, 100).fetchArxiv("abs:zzzzqqq", 10,
        out.resolve("empty"));
    assertEquals(0, empty.records());
    assertEquals(List.of(), empty.files());
    assertEquals(1, empty.requests());
  }

  /** A one-entry page of an arXiv feed with {@code total} results. */
  private static String feed(int total, int index) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title type="html">ArXiv Query</title>
          <opensearch:totalResults xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">%d</opensearch:totalResults>
          <entry>
            <id>http://arxiv.org/abs/2101.0000%dv1</id>
            <published>2021-01-0%dT00:00:00Z</published>
            <title>Paper %d on benchmarks</title>
            <summary>We evaluate models on a benchmark.</summary>
            <author><name>Author %d</name></author>
            <category term="cs.CL"/>
          </entry>
        </feed>
        """.formatted(total, index + 1, index + 1, index, index);
  }

  @Test
  void badArgumentsAreClear() {
    assertThrows(FetchException.class, () -> fetcher(Duration.ZERO, 10).fetchArxiv(" ", 5, out));
    assertThrows(FetchException.class, () -> fetcher(Duration.ZERO, 10)
        .fetchHfDaily(LocalDate.of(2024, 2, 2), LocalDate.of(2024, 2, 1), out));
    assertEquals("cat-cs-cl", Fetcher.slug("cat:cs.CL"));
  }
}
