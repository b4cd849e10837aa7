package org.papergraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CORS when an origin is configured: that origin only, preflight answered. */
class PaperServerCorsTest {

    @Test
    void onlyTheConfiguredOriginGetsCorsHeaders(@TempDir Path tmp) {
        Dataset ds = Fixture.load(tmp);
        try (PaperServer server = PaperServer.start(
                ServerOptions.defaults(ds).withPort(0).withCors("http://app.example:8080"))) {
            assertTrue(server.describe().contains("origin http://app.example:8080"), server.describe());
            HttpResponse<String> allowed = Http.get(Http.query(server.endpoint(), "ASK {}"),
                    "Origin", "http://app.example:8080");
            assertEquals(200, allowed.statusCode());
            assertEquals("http://app.example:8080",
                    allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
            HttpResponse<String> other = Http.get(Http.query(server.endpoint(), "ASK {}"),
                    "Origin", "http://evil.example");
            assertEquals(200, other.statusCode());
            assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty(),
                    other.headers().map().toString());
            HttpResponse<String> preflight = Http.send(HttpRequest.newBuilder(server.endpoint())
                    .timeout(Duration.ofSeconds(20))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", "http://app.example:8080")
                    .header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "content-type").build());
            assertEquals(204, preflight.statusCode());
            assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
            assertTrue(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("")
                    .toLowerCase(java.util.Locale.ROOT).contains("content-type"));
        } finally {
            ds.close();
        }
    }
}
