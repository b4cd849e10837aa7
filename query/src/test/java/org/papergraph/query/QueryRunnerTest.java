package org.papergraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryRunnerTest {

    @TempDir
    static Path dir;
    static Dataset ds;
    static QueryRunner runner;

    static final String PREFIXES = "PREFIX pg: <https://w3id.org/papergraph/vocab#>\n"
            + "PREFIX dcterms: <http://purl.org/dc/terms/>\n";

    @BeforeAll
    static void load() {
        ds = Fixture.load(dir);
        runner = new QueryRunner(ds);
    }

    @AfterAll
    static void close() {
        ds.close();
    }

    private static String run(String sparql, ResultFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        runner.run(sparql, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void defaultGraphIsTheUnionOfNamedGraphs() {
        String csv = run(PREFIXES + "SELECT (COUNT(?p) AS ?n) { ?p a pg:Paper }", ResultFormat.CSV);
        assertEquals(List.of("n", "4"), csv.lines().toList());
    }

    @Test
    void tableIsAlignedAndAbbreviatesIris() {
        String table = run(PREFIXES + "SELECT ?p ?id { ?p a pg:Paper ; dcterms:identifier ?id } ORDER BY ?id",
                ResultFormat.TABLE);
        List<String> lines = table.lines().toList();
        assertEquals(1 + 1 + 4 + 1, lines.size(), table);
        int idColumn = lines.get(0).indexOf("id", 1);
        for (String line : lines.subList(2, 6)) {
            assertEquals(idColumn, line.lastIndexOf("arxiv-"), "aligned: " + line);
            assertTrue(line.startsWith("<https://w3id.org/papergraph/id/paper/"), line);
        }
        assertEquals("(4 rows)", lines.get(6));
        String prefixed = run(PREFIXES + "SELECT ?t { ?m a ?t } LIMIT 1", ResultFormat.TABLE);
        assertTrue(prefixed.contains("pg:"), prefixed);
    }

    @Test
    void csvTsvAndJsonCarryTheSameRows() {
        String q = PREFIXES + "SELECT ?id ?title { ?p dcterms:identifier ?id ; dcterms:title ?title } ORDER BY ?id";
        assertEquals(5, run(q, ResultFormat.CSV).lines().count());
        List<String> tsv = run(q, ResultFormat.TSV).lines().toList();
        assertEquals("?id\t?title", tsv.get(0));
        assertEquals(5, tsv.size());
        ResultSet json = ResultSetFactory.fromJSON(new ByteArrayInputStream(
                run(q, ResultFormat.JSON).getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("id", "title"), json.getResultVars());
        assertEquals("arxiv-2401.00001", json.next().getLiteral("id").getLexicalForm());
    }

    @Test
    void askAndConstruct() {
        assertTrue(run(PREFIXES + "ASK { ?p a pg:Paper }", ResultFormat.JSON).contains("\"boolean\" : true"));
        assertEquals(List.of("ask", "----", "true", "(1 row)"),
                run(PREFIXES + "ASK { ?p a pg:Paper }", ResultFormat.TABLE).lines().toList());
        String ttl = run(PREFIXES + "CONSTRUCT { ?p dcterms:title ?t } { ?p dcterms:title ?t }", ResultFormat.TURTLE);
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(ttl, Lang.TURTLE).parse(m);
        assertEquals(4, m.size());
        String jsonld = run(PREFIXES + "CONSTRUCT { ?p dcterms:title ?t } { ?p dcterms:title ?t }", ResultFormat.JSON);
        Model fromJsonLd = ModelFactory.createDefaultModel();
        RDFParser.fromString(jsonld, Lang.JSONLD).parse(fromJsonLd);
        assertTrue(m.isIsomorphicWith(fromJsonLd));
        String describe = run("DESCRIBE <https://w3id.org/papergraph/id/entity/benchmark/mmlu>", ResultFormat.TURTLE);
        assertTrue(describe.contains("MMLU"), describe);
    }

    @Test
    void formatThatDoesNotFitTheQueryFormIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> run("SELECT * { ?s ?p ?o } LIMIT 1", ResultFormat.TURTLE));
        assertTrue(e.getMessage().contains("CONSTRUCT"), e.getMessage());
        IllegalArgumentException g = assertThrows(IllegalArgumentException.class,
                () -> run("CONSTRUCT WHERE { ?s ?p ?o }", ResultFormat.CSV));
        assertTrue(g.getMessage().contains("turtle"), g.getMessage());
    }

    @Test
    void syntaxErrorsCarryThePositionAndTheParserMessage() {
        SparqlSyntaxException e = assertThrows(SparqlSyntaxException.class,
                () -> QueryRunner.parse("SELECT ?s\nWHERE { ?s ?p }"));
        assertEquals(2, e.line());
        assertTrue(e.column() > 0);
        assertTrue(e.getMessage().startsWith("SPARQL syntax error at line 2, column " + e.column()), e.getMessage());
        assertTrue(e.getMessage().contains(e.parserMessage()));
        assertTrue(e.parserMessage().contains("Encountered"), e.parserMessage());
        SparqlSyntaxException prefix = assertThrows(SparqlSyntaxException.class,
                () -> QueryRunner.parse("SELECT ?v { ?r mls:hasValue ?v }"));
        assertTrue(prefix.getMessage().contains("mls:hasValue"), prefix.getMessage());
        assertEquals(1, prefix.getMessage().split("(?i)line 1, column").length - 1,
                "position given once: " + prefix.getMessage());
    }

    @Test
    void updatesAreRefusedAndChangeNothing() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> run("INSERT DATA { <urn:a> <urn:b> <urn:c> }", ResultFormat.TABLE));
        assertTrue(e.getMessage().contains("updates are refused"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> QueryRunner.parse("DROP ALL"));
        assertThrows(IllegalArgumentException.class, () -> QueryRunner.parse("  "));
        assertTrue(run("ASK { <urn:a> ?p ?o }", ResultFormat.TABLE).contains("false"));
    }

    @Test
    void heavyQueryIsCancelledAtTheTimeout(@TempDir Path other) {
        Dataset big = org.apache.jena.tdb2.TDB2Factory.connectDataset(other.toString());
        Txn.executeWrite(big, () -> {
            Model m = big.getNamedModel("urn:g");
            for (int i = 0; i < 2000; i++) {
                m.add(m.createResource("urn:s" + i), m.createProperty("urn:p"), m.createTypedLiteral(i));
            }
        });
        QueryRunner fast = new QueryRunner(big, Duration.ofMillis(300));
        long t0 = System.nanoTime();
        QueryTimeoutException e = assertThrows(QueryTimeoutException.class, () -> fast.run(
                "SELECT (COUNT(*) AS ?n) { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }", ResultFormat.CSV,
                new ByteArrayOutputStream()));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 10_000, "cancelled promptly, took " + ms + " ms");
        assertTrue(e.getMessage().contains("300 ms"), e.getMessage());
        // the store is still usable afterwards
        assertEquals(List.of("n", "2000"), List.of(fastCount(fast).split("\\R")));
        big.close();
    }

    private static String fastCount(QueryRunner r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.run("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", ResultFormat.CSV, out);
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    @Test
    void namedQueryRunsThroughTheRunner() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        runner.run(NamedQueries.get("leaderboard").bind(Map.of("benchmark", "MMLU")), ResultFormat.CSV, out);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.get(0).startsWith("rank,subjectLabel,metricLabel,value"), lines.get(0));
        assertTrue(lines.get(1).startsWith("1,Orca-7B,accuracy,71.2"), lines.get(1));
        assertEquals(5, lines.size());
        RDFDataMgr.class.getName();
    }
}
