package org.papergraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read-only server over real HTTP on a free loopback port. */
class PaperServerTest {

    @TempDir
    static Path dir;
    static Dataset ds;
    static PaperServer server;

    static final String SELECT_JSON = "application/sparql-results+json";

    @BeforeAll
    static void start() {
        ds = Fixture.load(dir.resolve("tdb"));
        server = PaperServer.start(ServerOptions.defaults(ds).withPort(0).withMaxRequestBytes(64 * 1024).withMaxRows(50));
    }

    @AfterAll
    static void stop() {
        server.close();
        ds.close();
    }

    private static ResultSet json(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(SELECT_JSON),
                response.headers().map().toString());
        return ResultSetFactory.fromJSON(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void endpointIsOnLoopbackAtPapersSparql() {
        assertTrue(server.port() > 0);
        assertEquals(URI.create("http://127.0.0.1:" + server.port() + "/papers/sparql"), server.endpoint());
        String d = server.describe();
        assertTrue(d.contains(server.endpoint().toString()), d);
        assertTrue(d.contains("none (read-only)"), d);
        assertTrue(d.contains("CORS            off"), d);
    }

    @Test
    void namedQueryGivesSparqlJsonResults() {
        String leaderboard = NamedQueries.get("leaderboard").bind(Map.of("benchmark", "MMLU")).serialize();
        ResultSet rs = json(Http.get(Http.query(server.endpoint(), leaderboard), "Accept", SELECT_JSON));
        QuerySolution first = rs.next();
        assertEquals("Orca-7B", first.getLiteral("subjectLabel").getLexicalForm());
        assertEquals(1, first.getLiteral("rank").getInt());
        int rows = 1;
        while (rs.hasNext()) {
            rs.next();
            rows++;
        }
        assertEquals(4, rows);
    }

    @Test
    void postQueryDirectAndAsForm() {
        String q = "PREFIX pg: <https://w3id.org/papergraph/vocab#> SELECT (COUNT(?p) AS ?n) { ?p a pg:Paper }";
        ResultSet direct = json(Http.post(server.endpoint(), "application/sparql-query", q, "Accept", SELECT_JSON));
        assertEquals(4, direct.next().getLiteral("n").getInt(), "union default graph over HTTP");
        ResultSet form = json(Http.post(server.endpoint(), "application/x-www-form-urlencoded",
                "query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "Accept", SELECT_JSON));
        assertEquals(4, form.next().getLiteral("n").getInt());
        URI alias = server.base().resolve("papers/query");
        assertEquals(4, json(Http.get(Http.query(alias, q), "Accept", SELECT_JSON)).next().getLiteral("n").getInt());
    }

    @Test
    void resultFormatFollowsTheAcceptHeader() {
        String q = "SELECT ?s { ?s ?p ?o } LIMIT 2";
        HttpResponse<String> csv = Http.get(Http.query(server.endpoint(), q), "Accept", "text/csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals(3, csv.body().lines().count());
        HttpResponse<String> xml = Http.get(Http.query(server.endpoint(), q), "Accept", "application/sparql-results+xml");
        assertTrue(xml.body().contains("<sparql"), xml.body());
    }

    @Test
    void noUpdateEndpoint() {
        String update = "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }";
        HttpResponse<String> viaUpdatePath = Http.post(server.base().resolve("papers/update"),
                "application/sparql-update", update);
        assertTrue(viaUpdatePath.statusCode() == 404 || viaUpdatePath.statusCode() == 405,
                "status " + viaUpdatePath.statusCode());
        HttpResponse<String> viaQueryPath = Http.post(server.endpoint(), "application/sparql-update", update);
        assertTrue(viaQueryPath.statusCode() >= 400 && viaQueryPath.statusCode() < 500,
                "status " + viaQueryPath.statusCode());
        HttpResponse<String> viaForm = Http.post(server.endpoint(), "application/x-www-form-urlencoded",
                "update=" + URLEncoder.encode(update, StandardCharsets.UTF_8));
        assertTrue(viaForm.statusCode() >= 400 && viaForm.statusCode() < 500, "status " + viaForm.statusCode());
        HttpResponse<String> viaDataset = Http.post(server.base().resolve("papers"), "application/sparql-update", update);
        assertTrue(viaDataset.statusCode() >= 400 && viaDataset.statusCode() < 500, "status " + viaDataset.statusCode());
        ResultSet ask = json(Http.get(Http.query(server.endpoint(), "ASK { <urn:a> ?p ?o }"), "Accept", SELECT_JSON)
                .statusCode() == 200 ? Http.get(Http.query(server.endpoint(), "SELECT * { <urn:a> ?p ?o }"),
                        "Accept", SELECT_JSON) : null);
        assertFalse(ask.hasNext(), "nothing was written");
    }

    @Test
    void syntaxErrorIs400WithTheParserMessage() {
        HttpResponse<String> r = Http.get(Http.query(server.endpoint(), "SELECT ?s WHERE { ?s ?p }"));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("line 1, column"), r.body());
        assertTrue(r.body().contains("Encountered"), r.body());
    }

    @Test
    void hugeBodyIs413() throws Exception {
        // a client announcing 10 MB: the server answers 413 without waiting for the body
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(20_000);
            var out = socket.getOutputStream();
            out.write(("POST /papers/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/sparql-query\r\nContent-Length: 10000000\r\n\r\nSELECT")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            assertEquals("HTTP/1.1 413 Payload Too Large", status);
        }
        // a body that is really sent
        String body = "query=" + "x".repeat(100 * 1024);
        HttpResponse<String> r;
        try {
            r = Http.send(HttpRequest.newBuilder(server.endpoint()).timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
            assertEquals(413, r.statusCode());
            assertTrue(r.body().contains("exceeds the limit of 65536 bytes"), r.body());
        } catch (java.io.UncheckedIOException closedWhileSending) {
            // the server may close the connection before the client has finished sending
        }
        // and the server still answers
        assertEquals(200, Http.get(server.base().resolve("$/ping")).statusCode());
    }

    @Test
    void unknownDatasetIs404AndPingAnswers() {
        assertEquals(404, Http.get(Http.query(server.base().resolve("nope/sparql"), "ASK {}")).statusCode());
        assertEquals(404, Http.get(server.base().resolve("papers/nope")).statusCode());
        assertEquals(404, Http.get(server.base().resolve("no/such/path")).statusCode());
        HttpResponse<String> ping = Http.get(server.base().resolve("$/ping"));
        assertEquals(200, ping.statusCode());
    }

    @Test
    void noCorsHeadersUnlessConfigured() {
        HttpResponse<String> r = Http.get(Http.query(server.endpoint(), "ASK {}"), "Origin", "http://evil.example");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), r.headers().map().toString());
    }

    @Test
    void largeResultsAreGzipped() throws Exception {
        HttpResponse<byte[]> r = Http.CLIENT.send(HttpRequest.newBuilder(
                Http.query(server.endpoint(), "SELECT * { ?s ?p ?o }"))
                .header("Accept", SELECT_JSON).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertEquals("gzip", r.headers().firstValue("Content-Encoding").orElse(""));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
            ResultSet rs = ResultSetFactory.fromJSON(in);
            assertTrue(rs.hasNext());
        }
    }

    @Test
    void apiBindsNamedQueriesWithTheRowCap() {
        HttpResponse<String> r = Http.get(server.base().resolve("api/named/leaderboard?benchmark=MMLU"));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"MMLU\""), r.body());
        assertTrue(r.body().contains("LIMIT   50") || r.body().contains("LIMIT 50"), r.body());
        // the bound text runs on the endpoint
        json(Http.get(Http.query(server.endpoint(), r.body()), "Accept", SELECT_JSON));
        HttpResponse<String> missing = Http.get(server.base().resolve("api/named/leaderboard"));
        assertEquals(400, missing.statusCode());
        assertTrue(missing.body().contains("'benchmark'"), missing.body());
        assertEquals(404, Http.get(server.base().resolve("api/named/nope")).statusCode());
        HttpResponse<String> catalogue = Http.get(server.base().resolve("api/named"));
        assertTrue(catalogue.body().contains("\"papers-with-code\""), catalogue.body());
        HttpResponse<String> config = Http.get(server.base().resolve("api/config"));
        assertTrue(config.body().contains("\"maxRows\" : 50") || config.body().contains("\"maxRows\":50"), config.body());
    }

    @Test
    void startupRefusesUpdateWithoutAuthAndAuthWithoutUpdate(@TempDir Path tmp) throws Exception {
        IllegalArgumentException noAuth = assertThrows(IllegalArgumentException.class,
                () -> PaperServer.start(ServerOptions.defaults(ds).withPort(0).withUpdate(true, null)));
        assertTrue(noAuth.getMessage().contains("password file"), noAuth.getMessage());
        Path file = Files.writeString(tmp.resolve("users"), "alice:secret\n");
        IllegalArgumentException noUpdate = assertThrows(IllegalArgumentException.class,
                () -> PaperServer.start(ServerOptions.defaults(ds).withPort(0).withUpdate(false, file)));
        assertTrue(noUpdate.getMessage().contains("update"), noUpdate.getMessage());
        Path bad = Files.writeString(tmp.resolve("bad"), "# users\nalice secret\n");
        IllegalArgumentException malformed = assertThrows(IllegalArgumentException.class,
                () -> PaperServer.start(ServerOptions.defaults(ds).withPort(0).withUpdate(true, bad)));
        assertTrue(malformed.getMessage().contains(bad + ":2:"), malformed.getMessage());
        assertFalse(malformed.getMessage().contains("secret"), "password not echoed");
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> PaperServer.start(ServerOptions.defaults(ds).withPort(0).withUpdate(true, tmp.resolve("none"))));
        assertTrue(missing.getMessage().contains("not found"), missing.getMessage());
    }

    @Test
    void optionsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> ServerOptions.defaults(ds).withPort(70000));
        assertThrows(IllegalArgumentException.class, () -> ServerOptions.defaults(ds).withTimeout(Duration.ZERO));
        IllegalArgumentException cors = assertThrows(IllegalArgumentException.class,
                () -> ServerOptions.defaults(ds).withCors("example.org/path"));
        assertTrue(cors.getMessage().contains("example.org/path"), cors.getMessage());
        assertNotEquals(null, ServerOptions.defaults(ds).withCors("*").corsOrigin());
    }
}
