package org.papergraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional update endpoint, guarded by basic auth from a password file. */
class PaperServerUpdateTest {

    @Test
    void updateNeedsCredentialsQueriesDoNot(@TempDir Path tmp) throws Exception {
        Dataset ds = Fixture.load(tmp.resolve("tdb"));
        Path users = Files.writeString(tmp.resolve("users"), "# who may write\nalice:s3cret\nbob:other:colon\n");
        try (PaperServer server = PaperServer.start(
                ServerOptions.defaults(ds).withPort(0).withUpdate(true, users))) {
            URI update = server.base().resolve("papers/update");
            String insert = "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> \"written\" } }";
            assertTrue(server.describe().contains(update.toString()), server.describe());
            assertTrue(server.describe().contains("alice, bob"), server.describe());

            assertEquals(401, Http.post(update, "application/sparql-update", insert).statusCode());
            assertEquals(401, Http.post(update, "application/sparql-update", insert,
                    "Authorization", Http.basic("alice", "wrong")).statusCode());
            assertEquals(0, count(server));

            HttpResponse<String> ok = Http.post(update, "application/sparql-update", insert,
                    "Authorization", Http.basic("alice", "s3cret"));
            assertTrue(ok.statusCode() == 200 || ok.statusCode() == 204, ok.statusCode() + " " + ok.body());
            assertEquals(1, count(server));
            HttpResponse<String> bob = Http.post(update, "application/sparql-update",
                    "DELETE DATA { GRAPH <urn:g> { <urn:a> <urn:b> \"written\" } }",
                    "Authorization", Http.basic("bob", "other:colon"));
            assertTrue(bob.statusCode() == 200 || bob.statusCode() == 204, bob.statusCode() + " " + bob.body());
            assertEquals(0, count(server));
            // the query endpoint still refuses updates, even with credentials
            HttpResponse<String> viaQuery = Http.post(server.endpoint(), "application/sparql-update", insert,
                    "Authorization", Http.basic("alice", "s3cret"));
            assertTrue(viaQuery.statusCode() >= 400, "status " + viaQuery.statusCode());
            assertEquals(0, count(server));
        } finally {
            ds.close();
        }
    }

    /** Anonymous query: how many triples have subject urn:a (union default graph). */
    private static int count(PaperServer server) {
        HttpResponse<String> r = Http.get(Http.query(server.endpoint(), "SELECT (COUNT(*) AS ?n) { <urn:a> ?p ?o }"),
                "Accept", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        return Integer.parseInt(r.body().lines().skip(1).findFirst().orElseThrow().strip());
    }
}
