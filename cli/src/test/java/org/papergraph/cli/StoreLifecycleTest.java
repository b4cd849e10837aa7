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
  void aCustomBaseIsKeptByEveryLaterCommand(@TempDir Path tmp) throws Exception {
    String store = tmp.resolve("s").toString();
    Path input = java.nio.file.Files.writeString(tmp.resolve("in.jsonl"),
        "{\"title\":\"Scaling LoRA\",\"abstract\":\"We evaluate LoRA on MMLU.\"}\n");
    assertEquals(0, Cli.run("build", input.toString(), "--store", store, "--base",
        "https://example.org/kg/", "-q").exit());
    Cli again = Cli.run("build", input.toString(), "--store", store, "-q");
    assertEquals(0, again.exit(), "a later build without --base uses the store's: " + again.err());
    Cli clash = Cli.run("build", input.toString(), "--store", store, "--base",
        "https://other.example/", "-q");
    assertEquals(1, clash.exit());
    assertTrue(clash.err().contains("https://example.org/kg/"), clash.err());

    Path ttl = tmp.resolve("out.ttl");
    assertEquals(0, Cli.run("export", "--store", store, "--format", "turtle", "--out",
        ttl.toString()).exit());
    String exported = java.nio.file.Files.readString(ttl);
    assertTrue(exported.contains("https://example.org/kg/paper/"), "papers under the base");
    assertTrue(!exported.contains("https://w3id.org/papergraph/id/"), "nothing under the default");
    String id = firstPaperId(store);
    assertEquals(0, Cli.run("remove", "--store", store, id).exit(), "remove finds the paper");
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
