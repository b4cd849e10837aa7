package org.papergraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.query.server.ResultCache;

/** Repeated queries are answered from memory, with the same answer, and never from before an update. */
class ResultCacheTest {

    private static final String COUNT = "SELECT (COUNT(*) AS ?n) { <urn:a> ?p ?o }";
    private static final String FORM = "application/x-www-form-urlencoded";

    @Test
    void repeatedQueryIsAHitWithTheSameAnswerPerFormat(@TempDir Path tmp) {
        Dataset ds = Fixture.load(tmp.resolve("tdb"));
        try (PaperServer server = PaperServer.start(ServerOptions.defaults(ds).withPort(0))) {
            String labels = "SELECT ?l { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } ORDER BY ?l";
            URI get = Http.query(server.endpoint(), labels);
            HttpResponse<String> first = Http.get(get, "Accept", "text/csv");
            HttpResponse<String> second = Http.get(get, "Accept", "text/csv");
            assertEquals(200, first.statusCode(), first.body());
            assertEquals("miss", cache(first));
            assertEquals("hit", cache(second));
            assertEquals(first.body(), second.body());
            assertTrue(first.body().lines().count() > 2, first.body());
            assertEquals(first.headers().firstValue("Content-Type"), second.headers().firstValue("Content-Type"));

            // another format is another answer
            HttpResponse<String> json = Http.get(get, "Accept", "application/sparql-results+json");
            assertEquals("miss", cache(json));
            assertTrue(json.body().contains("\"bindings\""), json.body());
            assertEquals("hit", cache(Http.get(get, "Accept", "application/sparql-results+json")));

            // POST bodies, both kinds, are keys too
            String form = "query=" + java.net.URLEncoder.encode(labels, java.nio.charset.StandardCharsets.UTF_8);
            assertEquals("miss", cache(Http.post(server.endpoint(), FORM, form, "Accept", "text/csv")));
            HttpResponse<String> formHit = Http.post(server.endpoint(), FORM, form, "Accept", "text/csv");
            assertEquals("hit", cache(formHit));
            assertEquals(first.body(), formHit.body());
            assertEquals("miss", cache(Http.post(server.endpoint(), "application/sparql-query", labels,
                    "Accept", "text/csv")));
            HttpResponse<String> direct = Http.post(server.endpoint(), "application/sparql-query", labels,
                    "Accept", "text/csv");
            assertEquals("hit", cache(direct));
            assertEquals(first.body(), direct.body());
            HttpResponse<String> other = Http.post(server.endpoint(), "application/sparql-query",
                    labels.replace("ORDER BY ?l", "ORDER BY DESC(?l)"), "Accept", "text/csv");
            assertEquals("miss", cache(other));

            // errors are answered afresh each time
            URI bad = Http.query(server.endpoint(), "SELECT ?x WHERE { ?x ");
            assertEquals(400, Http.get(bad).statusCode());
            HttpResponse<String> badAgain = Http.get(bad);
            assertEquals(400, badAgain.statusCode());
            assertEquals("miss", cache(badAgain));

            assertTrue(server.describe().contains("result cache    64 MiB"), server.describe());
        } finally {
            ds.close();
        }
    }

    @Test
    void anUpdateEmptiesTheCache(@TempDir Path tmp) throws Exception {
        Dataset ds = Fixture.load(tmp.resolve("tdb"));
        Path users = Files.writeString(tmp.resolve("users"), "alice:s3cret\n");
        try (PaperServer server = PaperServer.start(
                ServerOptions.defaults(ds).withPort(0).withUpdate(true, users))) {
            URI update = server.base().resolve("papers/update");
            URI count = Http.query(server.endpoint(), COUNT);
            assertEquals("0", value(Http.get(count, "Accept", "text/csv")));
            HttpResponse<String> cached = Http.get(count, "Accept", "text/csv");
            assertEquals("hit", cache(cached));

            HttpResponse<String> insert = Http.post(update, "application/sparql-update",
                    "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> \"written\" } }",
                    "Authorization", Http.basic("alice", "s3cret"));
            assertTrue(insert.statusCode() == 200 || insert.statusCode() == 204, insert.statusCode() + "");
            HttpResponse<String> after = Http.get(count, "Accept", "text/csv");
            assertEquals("miss", cache(after));
            assertEquals("1", value(after));

            // a refused update (no credentials) changes nothing, and the answer stays right
            assertEquals(401, Http.post(update, "application/sparql-update",
                    "DELETE DATA { GRAPH <urn:g> { <urn:a> <urn:b> \"written\" } }").statusCode());
            assertEquals("1", value(Http.get(count, "Accept", "text/csv")));
            assertTrue(server.describe().contains("emptied by every update"), server.describe());
        } finally {
            ds.close();
        }
    }

    @Test
    void leastRecentlyUsedAnswersLeaveWhenTheBudgetIsFull(@TempDir Path tmp) {
        Dataset ds = Fixture.load(tmp.resolve("tdb"));
        // 8 KiB: an answer may take 1 KiB; each CSV answer below is ~100 bytes plus bookkeeping
        try (PaperServer server = PaperServer.start(ServerOptions.defaults(ds).withPort(0).withCacheBytes(8 << 10))) {
            URI first = Http.query(server.endpoint(), "SELECT (0 AS ?n) {}");
            Http.get(first, "Accept", "text/csv");
            assertEquals("hit", cache(Http.get(first, "Accept", "text/csv")));
            for (int i = 1; i <= 200; i++) {
                Http.get(Http.query(server.endpoint(), "SELECT (" + i + " AS ?n) {}"), "Accept", "text/csv");
            }
            HttpResponse<String> again = Http.get(first, "Accept", "text/csv");
            assertEquals("miss", cache(again));
            assertEquals("0", value(again));
            URI recent = Http.query(server.endpoint(), "SELECT (200 AS ?n) {}");
            assertEquals("hit", cache(Http.get(recent, "Accept", "text/csv")));
        } finally {
            ds.close();
        }
    }

    @Test
    void offMeansNoCache(@TempDir Path tmp) {
        Dataset ds = Fixture.load(tmp.resolve("tdb"));
        try (PaperServer server = PaperServer.start(ServerOptions.defaults(ds).withPort(0).withCacheBytes(0)
                .withTimeout(Duration.ofSeconds(5)))) {
            URI count = Http.query(server.endpoint(), COUNT);
            Http.get(count);
            assertNull(Http.get(count).headers().firstValue(ResultCache.HEADER).orElse(null));
            assertTrue(server.describe().contains("result cache    off"), server.describe());
        } finally {
            ds.close();
        }
    }

    private static String cache(HttpResponse<String> r) {
        return r.headers().firstValue(ResultCache.HEADER).orElse("(none)");
    }

    private static String value(HttpResponse<String> csv) {
        assertEquals(200, csv.statusCode(), csv.body());
        return csv.body().lines().skip(1).findFirst().orElseThrow().strip();
    }
}
