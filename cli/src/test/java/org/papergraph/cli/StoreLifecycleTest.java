package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.graph.PaperStore;

/** build, validate, remove, rebuild, stats and vocab through the CLI on a real store. */
class StoreLifecycleTest {

  @Test
  void mixedBuildsAndRemovesStayValidAndConsistent(@TempDir Path tmp) {
    String store = tmp.resolve("s").toString();
    assertEquals(0, Cli.run("build", Cli.sample().toString(), "--store", store, "-q").exit());
    long full = triples(store);
    Cli valid = Cli.run("validate", "--store", store);
    assertEquals(0, valid.exit(), valid.out());

    String id = firstPaperId(store);
    Cli removed = Cli.run("remove", "--store", store, id);
    assertEquals(0, removed.exit(), removed.err());
    assertTrue(triples(store) < full);
    assertEquals(0, Cli.run("validate", "--store", store).exit(), "valid after a removal");

    long before = triples(store);
    Cli unknown = Cli.run("remove", "--store", store, "no-such-paper");
    assertEquals(1, unknown.exit());
    assertTrue(unknown.err().contains("no-such-paper"), unknown.err());
    assertEquals(before, triples(store), "a failed remove changes nothing");

    assertEquals(0, Cli.run("build", Cli.sample().toString(), "--store", store, "-q").exit());
    assertEquals(full, triples(store), "re-adding the removed paper restores the same graph");

    Cli stats = Cli.run("stats", "--store", store);
    assertEquals(0, stats.exit(), stats.err());
    assertTrue(stats.out().matches("(?s).*papers:\\s+49\\b.*"), stats.out());
  }

  @Test
  void vocabPrintsTheOntologyAsTurtle() {
    Cli r = Cli.run("vocab");
    assertEquals(0, r.exit());
    Model m = ModelFactory.createDefaultModel().read(new StringReader(r.out()), null, "TTL");
    assertTrue(m.listSubjectsWithProperty(RDF.type, OWL.Class).toList().size() >= 9);
  }

  private static long triples(String store) {
    try (PaperStore s = PaperStore.open(Path.of(store))) {
      return s.tripleCount();
    }
  }

  private static String firstPaperId(String store) {
    Cli r = Cli.run("query", "--store", store, "--format", "csv",
        "PREFIX pg: <https://w3id.org/papergraph/vocab#> PREFIX dcterms: <http://purl.org/dc/terms/>"
            + " SELECT ?id WHERE { ?p a pg:Paper ; dcterms:identifier ?id } ORDER BY ?id LIMIT 1");
    return r.out().lines().skip(1).findFirst().orElseThrow().strip();
  }
}
