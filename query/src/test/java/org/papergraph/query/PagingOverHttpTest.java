package org.papergraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paging over real HTTP on the 260-result store ({@link CapsStore}): the API binds {@code page=N},
 * refuses bad page numbers with 400, and the web page links to the next and previous pages.
 */
class PagingOverHttpTest {

    @TempDir
    static Path dir;
    static Dataset ds;
    static PaperServer server;

    @BeforeAll
    static void start() {
        ds = CapsStore.load(dir.resolve("tdb"));
        server = PaperServer.start(ServerOptions.defaults(ds).withPort(0));
    }

    @AfterAll
    static void stop() {
        server.close();
        ds.close();
    }

    private static HttpResponse<String> api(String name, String query) {
        return Http.get(server.base().resolve("api/named/" + name + "?" + query));
    }

    /** The rows of one leaderboard page, fetched as the web page does: bind over /api, run on the endpoint. */
    private static List<QuerySolution> leaderboardPage(String page) {
        HttpResponse<String> bound = api("leaderboard", "benchmark=BigBench&page=" + page);
        assertEquals(200, bound.statusCode(), bound.body());
        HttpResponse<String> r = Http.post(server.endpoint(), "application/sparql-query", bound.body(),
                "Accept", "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        ResultSet rs = ResultSetFactory.fromJSON(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        List<QuerySolution> rows = new ArrayList<>();
        rs.forEachRemaining(rows::add);
        return rows;
    }

    @Test
    void leaderboardPagesOverHttpReachEveryResultWithRanksOverAll() {
        List<Integer> sizes = new ArrayList<>();
        List<String> results = new ArrayList<>();
        List<String> ranks = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int page = 1; page <= 7; page++) {
            for (QuerySolution row : leaderboardPage(String.valueOf(page))) {
                results.add(row.getResource("result").getURI());
                ranks.add(row.getLiteral("rank").getLexicalForm());
                double v = row.getLiteral("value").getDouble();
                long better = java.util.stream.IntStream.range(0, CapsStore.PAPERS)
                        .mapToDouble(i -> Double.parseDouble(CapsStore.score(i))).filter(x -> x > v).count();
                expected.add(String.valueOf(better + 1));
            }
            sizes.add(results.size());
        }
        assertEquals(List.of(50, 100, 150, 200, 250, 260, 260), sizes, "running totals: page 7 is empty");
        assertEquals(CapsStore.PAPERS, new HashSet<>(results).size(), "no result on two pages");
        assertEquals(expected, ranks);
        assertEquals(List.of(), leaderboardPage("100000"));
    }

    @Test
    void badPagesAre400NamingQueryParameterAndValue() {
        for (String bad : List.of("0", "-1", "x", "100001", "99999999999999999999", "")) {
            HttpResponse<String> r = api("leaderboard", "benchmark=BigBench&page="
                    + URLEncoder.encode(bad, StandardCharsets.UTF_8));
            assertEquals(400, r.statusCode(), bad);
            assertEquals("named query 'leaderboard': page must be a whole number from 1 to 100000, got '"
                    + bad + "'", r.body());
        }
        HttpResponse<String> notPaged = api("trending-benchmarks", "page=2");
        assertEquals(400, notPaged.statusCode());
        assertTrue(notPaged.body().contains("no parameter 'page'"), notPaged.body());
    }

    @Test
    void catalogueGivesEachQuerysPageSize() {
        JsonArray all = JSON.parseAny(Http.get(server.base().resolve("api/named")).body()).getAsArray();
        for (JsonValue q : all) {
            String name = q.getAsObject().getString("name");
            assertEquals(NamedQueries.get(name).pageSize(),
                    q.getAsObject().get("pageSize").getAsNumber().value().intValue(), name);
        }
        assertTrue(all.toString().contains("\"leaderboard\""));
    }

    // ---- the web page in headless Chromium --------------------------------------------------------

    private static final String BIGBENCH = URLEncoder.encode(Fixture.ID + "entity/benchmark/bigbench",
            StandardCharsets.UTF_8);

    private static String dom(String hash) throws Exception {
        return HeadlessChromium.dom(dir, server.base() + hash);
    }

    private static int count(String text, String regex) {
        return HeadlessChromium.count(text, regex);
    }

    @Test
    void benchmarkPageLinksToTheNextPagesWhenASectionIsFull() throws Exception {
        String first = dom("#/entity/" + BIGBENCH);
        assertEquals(50, count(first, "class=\"leaderboard-row\""), first);
        assertEquals(50, count(first, "class=\"entity-result-row\""), first);
        assertTrue(first.contains("<a href=\"#/entity/" + BIGBENCH + "?leaderboard=2\" class=\"pager-next\">next page</a>"),
                first);
        assertTrue(first.contains("<a href=\"#/entity/" + BIGBENCH + "?page=2\" class=\"pager-next\">next page</a>"),
                first);
        assertFalse(first.contains("pager-previous"), "no page before the first");
        assertEquals(2, count(first, "<pre class=\"sparql-query\""), "the queries behind the page are shown");

        String last = dom("#/entity/" + BIGBENCH + "?page=6&leaderboard=6");
        assertEquals(10, count(last, "class=\"leaderboard-row\""), last);
        assertEquals(10, count(last, "class=\"entity-result-row\""), last);
        assertTrue(last.contains("<a href=\"#/entity/" + BIGBENCH + "?page=6&amp;leaderboard=5\" class=\"pager-previous\">"
                + "previous page</a>"), last);
        assertTrue(last.contains("<a href=\"#/entity/" + BIGBENCH + "?page=5&amp;leaderboard=6\" class=\"pager-previous\">"
                + "previous page</a>"), last);
        assertFalse(last.contains("pager-next"), "the last pages were not full");
        assertEquals(4, count(last, "OFFSET  250"), "the shown queries are page 6 (3 sections + leaderboard): " + last);
        assertTrue(last.contains("<td class=\"num\">251</td>"), "ranked after the 250 results before: " + last);
    }

    @Test
    void aBadPageInTheAddressShowsTheServersMessage() throws Exception {
        String html = dom("#/entity/" + BIGBENCH + "?page=x");
        assertTrue(html.contains("page must be a whole number from 1 to 100000, got 'x'"), html);
    }
}
