package org.papergraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A query past the timeout is cancelled over HTTP and the server keeps answering. */
class PaperServerTimeoutTest {

    @Test
    void heavyQueryIsCancelledAndServerStaysResponsive(@TempDir Path tmp) {
        Dataset ds = Fixture.generated(tmp, 3000);
        try (PaperServer server = PaperServer.start(
                ServerOptions.defaults(ds).withPort(0).withTimeout(Duration.ofSeconds(1)))) {
            // warm up (class loading on a cold JVM can take longer than the 1 s timeout)
            Http.get(Http.query(server.endpoint(), "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), "Accept", "text/csv");
            String crossJoin = "SELECT (COUNT(*) AS ?n) { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }";
            long t0 = System.nanoTime();
            CompletableFuture<HttpResponse<String>> heavy = CompletableFuture.supplyAsync(
                    () -> Http.get(Http.query(server.endpoint(), crossJoin), "Accept", "text/csv"));
            sleep(200);
            // while it runs, the server answers other requests
            HttpResponse<String> light = Http.get(Http.query(server.endpoint(),
                    "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), "Accept", "text/csv");
            assertEquals(200, light.statusCode());
            assertTrue(light.body().contains("3000"), light.body());
            HttpResponse<String> cancelled = heavy.join();
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertNotEquals(200, cancelled.statusCode(), cancelled.body());
            assertTrue(cancelled.statusCode() >= 500 || cancelled.statusCode() == 408,
                    cancelled.statusCode() + " " + cancelled.body());
            assertTrue(ms < 15_000, "cancelled near the 1 s timeout, took " + ms + " ms");
            assertEquals(200, Http.get(server.base().resolve("$/ping")).statusCode());
            assertEquals(200, Http.get(Http.query(server.endpoint(), "ASK { ?s ?p ?o }")).statusCode());
        } finally {
            ds.close();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
