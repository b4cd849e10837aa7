package org.papergraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Just enough of the W3C WebDriver protocol to drive Debian's chromium through chromedriver:
 * open a page, find elements by CSS, type, click, read text. Plain JSON over loopback HTTP, so the
 * test needs no browser library.
 */
final class WebDriver implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process driver;
  private final HttpClient http = HttpClient.newHttpClient();
  private final URI session;

  static boolean available() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  private final Path profile;

  /** Starts chromedriver and a browser with a fresh profile in a temporary directory. */
  WebDriver() throws Exception {
    profile = Files.createTempDirectory("papergraph-chromium");
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    driver = new ProcessBuilder(CHROMEDRIVER.toString(), "--port=" + port)
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    URI base = URI.create("http://127.0.0.1:" + port + "/");
    waitForDriver(base);
    Map<String, Object> options = Map.of("binary", CHROMIUM.toString(), "args", List.of(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile));
    JsonNode created = call("POST", base.resolve("session"), Map.of("capabilities",
        Map.of("alwaysMatch", Map.of("browserName", "chrome", "goog:chromeOptions", options))));
    session = base.resolve("session/" + created.get("sessionId").asText() + "/");
  }

  void open(String url) throws Exception {
    call("POST", session.resolve("url"), Map.of("url", url));
  }

  /** Waits up to 15 s for at least one element matching {@code css}; returns their ids. */
  List<String> await(String css) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (true) {
      List<String> found = findAll(css);
      if (!found.isEmpty()) {
        return found;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no element matches '" + css + "' after 15 s; page text:\n"
            + text(findAll("body").get(0)));
      }
      Thread.sleep(100);
    }
  }

  List<String> findAll(String css) throws Exception {
    JsonNode value = call("POST", session.resolve("elements"),
        Map.of("using", "css selector", "value", css));
    List<String> ids = new ArrayList<>();
    value.forEach(e -> ids.add(e.get(ELEMENT).asText()));
    return ids;
  }

  void type(String element, String text) throws Exception {
    call("POST", session.resolve("element/" + element + "/value"), Map.of("text", text));
  }

  void click(String element) throws Exception {
    call("POST", session.resolve("element/" + element + "/click"), Map.of());
  }

  String text(String element) throws Exception {
    return call("GET", session.resolve("element/" + element + "/text"), null).asText();
  }

  String attribute(String element, String name) throws Exception {
    JsonNode v = call("GET", session.resolve("element/" + element + "/attribute/" + name), null);
    return v.isNull() ? null : v.asText();
  }

  @Override
  public void close() {
    try {
      call("DELETE", session, null);
    } catch (Exception ignored) {
      // the driver is stopped below either way
    } finally {
      driver.destroy();
      try {
        driver.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
        // chromium's own processes can outlive the driver; all carry the profile directory
        String dir = profile.toString();
        ProcessHandle.allProcesses()
            .filter(h -> h.info().commandLine().map(c -> c.contains(dir)).orElse(false))
            .forEach(ProcessHandle::destroyForcibly);
        // the browser may still be flushing its profile: remove what it lets go of
        try (var files = Files.walk(profile)) {
          files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
      } catch (Exception ignored) {
        // a temporary profile left behind is harmless
      }
    }
  }

  private JsonNode call(String method, URI uri, Object body) throws IOException,
      InterruptedException {
    HttpRequest.Builder req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json");
    req = switch (method) {
      case "GET" -> req.GET();
      case "DELETE" -> req.DELETE();
      default -> req.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    };
    HttpResponse<String> res = http.send(req.build(), HttpResponse.BodyHandlers.ofString());
    JsonNode json = JSON.readTree(res.body());
    if (res.statusCode() >= 400) {
      throw new IOException("WebDriver " + method + " " + uri + " -> " + res.statusCode() + ": "
          + json.path("value").path("message").asText());
    }
    return json.get("value");
  }

  private void waitForDriver(URI base) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        if (http.send(HttpRequest.newBuilder(base.resolve("status")).build(),
            HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("chromedriver did not start");
  }
}
