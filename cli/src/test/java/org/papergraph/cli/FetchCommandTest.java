package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fetch hf-daily} and {@code build --fetch} against a real local HTTP server replaying a
 * recorded Hugging Face response; the saved files are what build reads.
 */
class FetchCommandTest {

  private HttpServer server;
  private final List<String> queries = new ArrayList<>();
  private byte[] recorded;

  @BeforeEach
  void start() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("hf-daily-papers.json")) {
      recorded = in.readAllBytes();
    }
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/api/daily_papers", exchange -> {
      queries.add(exchange.getRequestURI().getQuery());
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, recorded.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(recorded);
      }
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/daily_papers";
  }

  @Test
  void fetchSavesOneFilePerDayThatBuildReads(@TempDir Path tmp) throws Exception {
    Path feeds = tmp.resolve("feeds");
    Cli r = Cli.run("fetch", "hf-daily", "--from", "2024-10-24", "--to", "2024-10-25", "--out",
        feeds.toString(), "--endpoint", endpoint());
    assertEquals(0, r.exit(), r.err());
    assertEquals(List.of("date=2024-10-24", "date=2024-10-25"), queries);
    try (var files = Files.list(feeds)) {
      assertEquals(2, files.count());
    }
    Cli build = Cli.run("build", feeds.toString(), "--store", tmp.resolve("s").toString(), "-q");
    assertEquals(0, build.exit(), build.err());
    // both days carry the same four papers: merged by id, not stored twice
    assertTrue(build.out().contains("papers read: 4"), build.out());
  }

  @Test
  void fetchNeedsADate(@TempDir Path tmp) {
    assertEquals(2, Cli.run("fetch", "hf-daily", "--out", tmp.toString()).exit());
  }
}
