package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.graph.ExportFormat;
import org.papergraph.graph.Exporter;
import org.papergraph.graph.PaperStore;
import org.papergraph.query.NamedQueries;
import org.papergraph.query.PaperServer;
import org.papergraph.query.ServerOptions;

/**
 * The bundled sample built into a real TDB2 directory through the CLI, then queried, exported and
 * served over real HTTP. Expected answers are derived from the sample text itself.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleGraphTest {

  Path tmp;
  Path store;
  String sampleText;

  @BeforeAll
  void build(@TempDir Path dir) throws Exception {
    tmp = dir;
    store = tmp.resolve("store");
    sampleText = Files.readString(Cli.sample(), StandardCharsets.UTF_8);
    Cli r = Cli.run("build", Cli.sample().toString(), "--store", store.toString(), "-q");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("papers read: 49"), r.out());
  }

  @Test
  void rebuildingTheSameInputChangesNothing() {
    long before = triples();
    Cli again = Cli.run("build", Cli.sample().toString(), "--store", store.toString(), "-q");
    assertEquals(0, again.exit(), again.err());
    assertEquals(before, triples());
  }

  @Test
  void everyCodeLinkInTheSampleIsListedByPapersWithCode() {
    Cli r = Cli.run("query", "--store", store.toString(), "--named", "papers-with-code",
        "--format", "csv");
    assertEquals(0, r.exit(), r.err());
    Set<String> links = githubLinks(sampleText);
    assertFalse(links.isEmpty());
    for (String link : links) {
      assertTrue(r.out().contains(link), "missing " + link + " in\n" + r.out());
    }
  }

  @Test
  void entitySearchFindsABenchmarkTheSampleNames() {
    // MMLU is named in the sample text; the search must find it as a benchmark.
    assertTrue(sampleText.contains("MMLU"));
    Cli r = Cli.run("query", "--store", store.toString(), "--named", "entity-search",
        "--param", "text=mmlu", "--format", "csv");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("MMLU"), r.out());
    assertTrue(r.out().contains("Benchmark"), r.out());
  }

  @Test
  void everyNamedQueryRunsOnTheSample() {
    for (var q : NamedQueries.all()) {
      String[] args = q.params().isEmpty()
          ? new String[] {"query", "--store", store.toString(), "--named", q.name()}
          : new String[] {"query", "--store", store.toString(), "--named", q.name(), "--param",
              q.paramNames().get(0) + "=MMLU"};
      Cli r = Cli.run(args);
      assertEquals(0, r.exit(), q.name() + ": " + r.err());
    }
  }

  @Test
  void entityViewShowsTheBenchmarkAndThePapersNamingIt() {
    Cli r = Cli.run("entity", "--store", store.toString(), "MMLU");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("Benchmark"), r.out());
    // every paper whose abstract names MMLU is listed by its title
    assertTrue(r.out().lines().anyMatch(l -> l.startsWith("paper ")), r.out());
  }

  @Test
  void paperViewListsMentionsWithTheirAnchors() {
    String title = sampleText.lines().filter(l -> l.startsWith("PaLM:")).findFirst().orElseThrow();
    Cli r = Cli.run("paper", "--store", store.toString(), title);
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().lines().anyMatch(l -> l.startsWith("mention") && l.contains("PaLM")),
        r.out());
  }

  @Test
  void viewOfAnUnknownNameFailsWithAHint() {
    Cli r = Cli.run("leaderboard", "--store", store.toString(), "NoSuchBenchmark-XYZ");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("nothing found"), r.err());
  }

  @Test
  void turtleExportIsIsomorphicToTheStore() throws Exception {
    Path ttl = tmp.resolve("export.ttl");
    Cli r = Cli.run("export", "--store", store.toString(), "--format", "turtle", "--out",
        ttl.toString());
    assertEquals(0, r.exit(), r.err());
    Graph exported = RDFDataMgr.loadGraph(ttl.toString());
    try (PaperStore s = PaperStore.open(store)) {
      Graph expected = GraphFactory.createDefaultGraph();
      Txn.executeRead(s.dataset(), () ->
          s.dataset().asDatasetGraph().getUnionGraph().find().forEachRemaining(expected::add));
      new Exporter(s.iris()).description(s.dataset(), ExportFormat.TURTLE).find()
          .forEachRemaining(expected::add);
      assertTrue(expected.isIsomorphicWith(exported), "export differs from the store");
    }
  }

  @Test
  void everyExportFormatParsesInIndependentParsers() throws Exception {
    assumeTrue(IndependentParsers.rapperAvailable(), "raptor2-utils not installed");
    Map<String, String> rapperSyntax = Map.of("turtle", "turtle", "ntriples", "ntriples",
        "nquads", "nquads", "trig", "trig", "rdfxml", "rdfxml");
    for (var e : rapperSyntax.entrySet()) {
      Path file = export(e.getKey());
      assertEquals(jenaCount(file), IndependentParsers.rapperCount(file, e.getValue()),
          e.getKey() + ": raptor and Jena read the same number of statements");
    }
    if (IndependentParsers.rdflibAvailable()) {
      Path jsonld = export("jsonld");
      assertEquals(jenaCount(jsonld), IndependentParsers.rdflibJsonLdCount(jsonld),
          "jsonld: rdflib and Jena read the same number of statements");
    }
  }

  private Path export(String format) {
    Path file = tmp.resolve("all." + ExportFormat.fromCliName(format).extension());
    Cli r = Cli.run("export", "--store", store.toString(), "--format", format, "--out",
        file.toString());
    assertEquals(0, r.exit(), r.err());
    return file;
  }

  private static long jenaCount(Path file) {
    Dataset ds = DatasetFactory.create();
    RDFDataMgr.read(ds, file.toString());
    long quads = 0;
    for (var it = ds.asDatasetGraph().find(); it.hasNext(); it.next()) {
      quads++;
    }
    return quads;
  }

  @Test
  void nquadsExportKeepsEveryPaperGraph() throws Exception {
    Path nq = tmp.resolve("export.nq");
    assertEquals(0, Cli.run("export", "--store", store.toString(), "--format", "nquads", "--out",
        nq.toString()).exit());
    Dataset ds = DatasetFactory.create();
    RDFDataMgr.read(ds, nq.toString());
    long paperGraphs = 0;
    for (var it = ds.listNames(); it.hasNext(); ) {
      paperGraphs += it.next().contains("/graph/paper/") ? 1 : 0;
    }
    assertEquals(49, paperGraphs);
  }

  @Test
  void servedEndpointAnswersSparqlJsonAndRefusesUpdates() throws Exception {
    try (PaperStore s = PaperStore.open(store);
        PaperServer server = PaperServer.start(ServerOptions.defaults(s.dataset()).withPort(0))) {
      HttpClient http = HttpClient.newHttpClient();
      String query = "PREFIX pg: <https://w3id.org/papergraph/vocab#> "
          + "SELECT (COUNT(?p) AS ?n) WHERE { ?p a pg:Paper }";
      HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create(server.endpoint()
              + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
          .header("Accept", "application/sparql-results+json").build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, get.statusCode());
      var results = ResultSetMgr.read(new ByteArrayInputStream(
          get.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
      assertEquals(49, results.next().getLiteral("n").getInt(), get.body());

      HttpResponse<String> update = http.send(HttpRequest.newBuilder(
              server.base().resolve("papers/update"))
          .header("Content-Type", "application/sparql-update")
          .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }"))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertTrue(update.statusCode() >= 400, "update must be refused, got " + update.statusCode());
      HttpResponse<String> viaQuery = http.send(HttpRequest.newBuilder(server.endpoint())
          .header("Content-Type", "application/sparql-update")
          .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }"))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertTrue(viaQuery.statusCode() >= 400, "update via the query endpoint must be refused");
    }
  }

  private long triples() {
    try (PaperStore s = PaperStore.open(store)) {
      return s.tripleCount();
    }
  }

  private static Set<String> githubLinks(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = Pattern.compile("https://github\\.com/[\\w.-]+/[\\w.-]*[\\w-]").matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
