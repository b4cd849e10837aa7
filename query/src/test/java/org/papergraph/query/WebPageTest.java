package org.papergraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web page: its files over HTTP, and, when Debian's chromium is installed, the rendered DOM of
 * the search, benchmark and paper pages in headless Chromium ({@code --dump-dom}).
 */
class WebPageTest {

    @TempDir
    static Path dir;
    static Dataset ds;
    static PaperServer server;

    @BeforeAll
    static void start() {
        ds = Fixture.load(dir.resolve("tdb"));
        server = PaperServer.start(ServerOptions.defaults(ds).withPort(0));
    }

    @AfterAll
    static void stop() {
        server.close();
        ds.close();
    }

    @Test
    void pageAndAssetsAreServedWithAContentSecurityPolicy() {
        HttpResponse<String> page = Http.get(server.base());
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        for (String id : List.of("search-form", "search-input", "view", "status", "sparql-queries", "sparql-list")) {
            assertTrue(page.body().contains("id=\"" + id + "\""), id);
        }
        assertFalse(page.body().contains("http://") || page.body().contains("https://"), "no external resources");
        HttpResponse<String> js = Http.get(server.base().resolve("web/app.js"));
        assertEquals(200, js.statusCode());
        assertTrue(js.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertFalse(js.body().contains("innerHTML"), "data never goes in as HTML");
        assertEquals(200, Http.get(server.base().resolve("web/app.css")).statusCode());
        HttpResponse<String> traversal = Http.get(server.base().resolve("web/..%2Fnamed%2Fleaderboard.rq"));
        assertTrue(traversal.statusCode() == 400 || traversal.statusCode() == 404, "status " + traversal.statusCode());
        assertFalse(traversal.body().contains("PREFIX"), traversal.body());
        assertEquals(404, Http.get(server.base().resolve("web/leaderboard.rq")).statusCode());
        assertEquals(404, Http.get(server.base().resolve("web/missing.js")).statusCode());
    }

    // ---- real browser -------------------------------------------------------------------------


    private static String dom(String hash) throws Exception {
        return HeadlessChromium.dom(dir, server.base() + hash);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static int count(String text, String regex) {
        return HeadlessChromium.count(text, regex);
    }

    @Test
    void benchmarkPageShowsLeaderboardChartAndQueries() throws Exception {
        String html = dom("#/entity/" + enc(Fixture.ID + "entity/benchmark/mmlu"));
        assertTrue(html.contains("<span id=\"entity-label\">MMLU</span>"), html);
        assertEquals(4, count(html, "class=\"leaderboard-row\""), html);
        assertTrue(html.contains("id=\"leaderboard-chart\""), html);
        assertEquals(4, count(html, "<rect class=\"bar\""), html);
        assertTrue(html.indexOf("Orca-7B") < html.indexOf("Mistral-7B"), "ranked by value");
        assertEquals(2, count(html, "<pre class=\"sparql-query\""), "entity-details and leaderboard shown");
        assertEquals(5, count(html, "class=\"entity-result-row\""), "all results, relative included");
        assertTrue(html.contains("2.5 (relative)"), html);
        assertFalse(html.contains("id=\"status\" role=\"status\" aria-live=\"polite\" class=\"error\""), html);
    }

    @Test
    void paperPageHighlightsMentionsAndEscapesLabels() throws Exception {
        String html = dom("#/paper/" + enc(Fixture.ID + "paper/arxiv-2403.00003"));
        assertEquals(8, count(html, "<mark class=\"mention "), html);
        assertTrue(html.contains("data-confidence=\"0.94\""), html);
        assertTrue(html.contains("title=\"Model · TinyLM · confidence 0.94\">TinyLM</mark>"), html);
        // the entity label "<script>alert(1)</script>Evil" appears as text, never as markup
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;Evil"), html);
        assertEquals(1, count(html, "<script"), "only the page's own script element");
        assertTrue(html.contains("https://github.com/example/tinylm"), html);
        assertEquals(2, count(html, "class=\"result-row\""), html);
    }

    @Test
    void searchFindsEntitiesAndPapersWithoutRunningInjectedMarkup() throws Exception {
        String html = dom("#/search/" + enc("<img"));
        assertEquals(0, count(html, "<img"), html);
        assertTrue(html.contains("as “&lt;img src=x onerror=alert(2)&gt;”"), html);
        String llama = dom("#/search/llama");
        assertEquals(1, count(llama, "data-kind=\"entity\""), llama);
        assertEquals(2, count(llama, "data-kind=\"paper\""), llama);
    }
}
