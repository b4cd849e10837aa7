package org.papergraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExporterTest {

  @TempDir
  static Path tmp;

  static PaperStore store;
  static final Exporter EXPORTER = new Exporter(IriScheme.defaults());

  @BeforeAll
  static void build() {
    store = PaperStore.open(tmp.resolve("store"));
    store.write(List.of(Fixtures.paperA(), Fixtures.paperB(), Fixtures.paperC()),
        PaperStoreTest.activity(Instant.parse("2026-01-02T03:04:05Z")));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @ParameterizedTest
  @EnumSource(ExportFormat.class)
  void everyFormatRoundTripsIntoJena(ExportFormat format) throws Exception {
    for (boolean gzip : List.of(false, true)) {
      Path file = tmp.resolve("export-" + gzip + "." + format.extension() + (gzip ? ".gz" : ""));
      long written = EXPORTER.export(store, format, file, gzip);
      DatasetGraph parsed = DatasetGraphFactory.createTxnMem();
      try (InputStream raw = Files.newInputStream(file);
          InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
        RDFParser.source(in).lang(format.lang()).parse(parsed);
      }
      Graph description = EXPORTER.description(store.dataset(), format);
      if (format.quads()) {
        DatasetGraph expected = DatasetGraphFactory.createTxnMem();
        Txn.executeRead(store.dataset(), () ->
            store.dataset().asDatasetGraph().find().forEachRemaining(expected::add));
        description.find().forEachRemaining(t ->
            expected.add(store.iris().descriptionGraph(), t.getSubject(), t.getPredicate(),
                t.getObject()));
        assertTrue(IsoMatcher.isomorphic(expected, parsed), format + " gzip=" + gzip);
        assertEquals(Txn.calculateRead(store.dataset(), () ->
            org.apache.jena.atlas.iterator.Iter.count(store.dataset().asDatasetGraph().find()))
            + description.size(), written);
      } else {
        Graph expected = GraphFactory.createDefaultGraph();
        Txn.executeRead(store.dataset(), () ->
            store.dataset().asDatasetGraph().getUnionGraph().find().forEachRemaining(expected::add));
        description.find().forEachRemaining(expected::add);
        assertTrue(expected.isIsomorphicWith(parsed.getDefaultGraph()), format + " gzip=" + gzip);
        assertFalse(parsed.listGraphNodes().hasNext(), "triple formats have no named graphs");
        assertEquals(store.tripleCount() + description.size(), written);
      }
    }
  }

  @Test
  void descriptionStatesCountsClassesLicenceDistributionAndActivity() {
    Model d = ModelFactory.createModelForGraph(EXPORTER.description(store.dataset(),
        ExportFormat.TURTLE));
    List<Long> triples = Sparql.select(d, "SELECT ?n { ?d a void:Dataset, dcat:Dataset ;"
        + " void:triples ?n ; dcterms:license <" + PG.CC0 + "> ; dcat:distribution ?x ;"
        + " prov:wasGeneratedBy ?a . ?x dcat:mediaType \"text/turtle\" }",
        s -> s.getLiteral("n").getLong());
    assertEquals(List.of(store.tripleCount()), triples);
    assertEquals(List.of(3L), Sparql.select(d, "SELECT ?n { ?d void:classPartition ?p . ?p"
        + " void:class pg:Paper ; void:entities ?n }", s -> s.getLiteral("n").getLong()));
  }

  @Test
  void unwritablePathIsOneClearErrorAndLeavesNoFile() {
    Path file = tmp.resolve("no-such-dir").resolve("out.ttl");
    long before = store.tripleCount();
    StoreException e = assertThrows(StoreException.class,
        () -> EXPORTER.export(store, ExportFormat.TURTLE, file, false));
    assertTrue(e.getMessage().startsWith("cannot write export to " + file), e.getMessage());
    assertFalse(Files.exists(file));
    assertEquals(before, store.tripleCount());
  }

  @Test
  void contextFileDefinesExactlyThePrefixesOfPg() {
    Node ctx = NodeFactory.createLiteralString(
        org.papergraph.graph.export.ContextFile.contextObject());
    org.apache.jena.atlas.json.JsonObject parsed =
        org.apache.jena.atlas.json.JSON.parse(ctx.getLiteralLexicalForm());
    java.util.Map<String, String> fromFile = new java.util.TreeMap<>();
    parsed.keys().forEach(k -> fromFile.put(k, parsed.get(k).getAsString().value()));
    assertEquals(new java.util.TreeMap<>(PG.prefixes().getNsPrefixMap()), fromFile);
  }
}
