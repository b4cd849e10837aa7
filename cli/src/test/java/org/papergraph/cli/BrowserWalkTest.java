package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.graph.PaperStore;
import org.papergraph.query.PaperServer;
import org.papergraph.query.ServerOptions;

/**
 * A researcher's walk through the web page in real headless Chromium, on the bundled sample:
 * search -> benchmark -> leaderboard -> paper -> highlighted abstract. The benchmark is one the
 * sample's graph reports results on, found by query, not named in the test.
 */
class BrowserWalkTest {

  @Test
  void searchBenchmarkLeaderboardPaperHighlightedAbstract(@TempDir Path tmp) throws Exception {
    assumeTrue(WebDriver.available(), "chromium and chromedriver not installed");
    Path store = tmp.resolve("store");
    assertEquals(0, Cli.run("build", Cli.sample().toString(), "--store", store.toString(), "-q")
        .exit());
    String benchmark = benchmarkWithResults(store);
    String sample = Files.readString(Cli.sample(), StandardCharsets.UTF_8);

    try (PaperStore s = PaperStore.open(store);
        PaperServer server = PaperServer.start(ServerOptions.defaults(s.dataset()).withPort(0));
        WebDriver browser = new WebDriver()) {
      browser.open(server.base().toString());
      browser.type(browser.await("#search-input").get(0), benchmark);
      browser.click(browser.await("#search-button").get(0));

      String hit = null;
      for (String link : browser.await("#search-results .search-result a.entity-link")) {
        if (browser.text(link).equals(benchmark)) {
          hit = link;
        }
      }
      assertTrue(hit != null, "search lists the benchmark " + benchmark);
      browser.click(hit);

      assertEquals(benchmark, browser.text(browser.await("#entity-label").get(0)));
      List<String> rows = browser.await("#leaderboard .leaderboard-row");
      assertFalse(rows.isEmpty(), "the leaderboard has rows");
      assertFalse(browser.await("#leaderboard rect.bar").isEmpty(), "with a bar chart");

      browser.click(browser.await("#entity-papers a.paper-link").get(0));
      String title = browser.text(browser.await("#paper-title").get(0));
      assertTrue(sample.contains(title), "a paper of the sample: " + title);
      List<String> marks = browser.await("#paper-abstract mark");
      String abstractText = browser.text(browser.await("#paper-abstract").get(0));
      for (String mark : marks) {
        String anchor = browser.text(mark);
        assertTrue(abstractText.contains(anchor), "highlight inside the abstract: " + anchor);
      }
      assertTrue(sample.contains(abstractText.substring(0, Math.min(80, abstractText.length()))),
          "the abstract shown is the paper's own text");
    }
  }

  private static String benchmarkWithResults(Path store) {
    Cli r = Cli.run("query", "--store", store.toString(), "--format", "csv",
        "PREFIX pg: <https://w3id.org/papergraph/vocab#> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            + "SELECT ?label (COUNT(?r) AS ?n) WHERE { ?r a pg:Result ; pg:benchmark ?b ; "
            + "pg:relative false . ?b a pg:Benchmark ; rdfs:label ?label } "
            + "GROUP BY ?label ORDER BY DESC(?n) ?label LIMIT 1");
    return r.out().lines().skip(1).findFirst()
        .map(l -> l.substring(0, l.lastIndexOf(',')))
        .orElseThrow(() -> new AssertionError("the sample graph has no benchmark with results"));
  }
}
