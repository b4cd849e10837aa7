package org.papergraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a limit of one running query, a light query waits for a heavy one instead of sharing the cores. */
class RunningQueryLimitTest {

    private static final String CROSS_JOIN = "SELECT (COUNT(*) AS ?n) { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }";
    private static final String LIGHT = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";

    @Test
    void aQueryWaitsForTheRunningOneAndTheServerSaysWhatItLimits(@TempDir Path tmp) {
        Dataset ds = Fixture.generated(tmp, 3000);
        try (PaperServer limited = PaperServer.start(ServerOptions.defaults(ds).withPort(0).withCacheBytes(0)
                .withTimeout(Duration.ofSeconds(2)).withMaxRunning(1))) {
            assertTrue(limited.describe().contains("at most 1 at once"), limited.describe());
            Http.get(Http.query(limited.endpoint(), LIGHT), "Accept", "text/csv"); // warm up
            long lightAlone = timed(limited, LIGHT).millis;

            CompletableFuture<Timed> heavy = CompletableFuture.supplyAsync(() -> timed(limited, CROSS_JOIN));
            sleep(300);
            Timed light = timed(limited, LIGHT);
            Timed cancelled = heavy.join();
            assertNotEquals(200, cancelled.status, "the cross join runs into the 2 s timeout");
            // the light query waited for the heavy one's slot: it took far longer than alone
            assertTrue(light.millis >= 1000 && light.millis > 5 * lightAlone,
                    "light query " + light.millis + " ms, alone " + lightAlone + " ms");
            assertTrue(light.status == 200 || light.status == 503, "status " + light.status);
            if (light.status == 503) {
                assertTrue(light.retryAfter, "a 503 for waiting says when to retry");
            }
        } finally {
            ds.close();
        }
    }

    @Test
    void theLimitIsValidated(@TempDir Path tmp) {
        Dataset ds = TDB2Factory.connectDataset(tmp.toString());
        try {
            assertEquals("running-query limit must be 0 (none) or positive, got -1",
                    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                            () -> ServerOptions.defaults(ds).withMaxRunning(-1)).getMessage());
            assertTrue(ServerOptions.DEFAULT_MAX_RUNNING >= 2);
        } finally {
            ds.close();
        }
    }

    private record Timed(int status, long millis, boolean retryAfter) {}

    private static Timed timed(PaperServer server, String query) {
        long t0 = System.nanoTime();
        HttpResponse<String> r = Http.get(Http.query(server.endpoint(), query), "Accept", "text/csv");
        return new Timed(r.statusCode(), (System.nanoTime() - t0) / 1_000_000,
                r.headers().firstValue("Retry-After").isPresent());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
