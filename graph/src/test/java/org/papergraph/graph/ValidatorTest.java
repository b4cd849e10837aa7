package org.papergraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.extract.Span;
import org.papergraph.graph.vocab.MLS;

class ValidatorTest {

  private static final Validator VALIDATOR = new Validator();
  private static final IriScheme IRIS = IriScheme.defaults();

  @TempDir
  Path tmp;

  @Test
  void mappedDataConforms() {
    ValidationReport report = VALIDATOR.validate(Sparql.mapped(List.of(Fixtures.paperA(),
        Fixtures.paperB(), Fixtures.paperC())).getUnionGraph());
    assertEquals(List.of(), report.lines());
    assertTrue(report.conforms());
  }

  @Test
  void storeConformsAfterMixedBuildsAndRemoves() {
    try (PaperStore store = PaperStore.open(tmp.resolve("s"))) {
      store.write(List.of(Fixtures.paperA(), Fixtures.paperB()),
          PaperStoreTest.activity(Instant.EPOCH));
      store.write(List.of(Fixtures.paperC(), Fixtures.paperB()), null);
      store.remove(List.of("arxiv-2401.00001"));
      ValidationReport report = VALIDATOR.validate(store.dataset());
      assertEquals(List.of(), report.lines());
    }
  }

  @Test
  void handBrokenGraphFailsWithOneReadableLinePerBreak() {
    Graph g = GraphFactory.createDefaultGraph();
    Sparql.mapped(List.of(Fixtures.paperA(), Fixtures.paperB(), Fixtures.paperC()))
        .getUnionGraph().find().forEachRemaining(g::add);
    Node paperA = IRIS.paper("arxiv-2401.00001");
    Node paperB = IRIS.paper("arxiv-2402.00002");
    Node refinedWeb = IRIS.mention("arxiv-2401.00001", span(Fixtures.ABSTRACT_A, "RefinedWeb"));
    Node lora = IRIS.mention("arxiv-2402.00002", span(Fixtures.ABSTRACT_B, "LoRA"));
    Node mmluInC = IRIS.mention("title-survey", span(Fixtures.ABSTRACT_C, "MMLU"));
    Node result = IRIS.result("arxiv-2402.00002", 1);
    g.remove(paperA, DCTerms.title.asNode(), Node.ANY);
    g.add(paperB, DCTerms.title.asNode(), NodeFactory.createLiteralString("Second title"));
    g.remove(refinedWeb, PG.end.asNode(), Node.ANY);
    g.add(refinedWeb, PG.end.asNode(), NodeFactory.createLiteralDT("0", XSDDatatype.XSDinteger));
    g.remove(lora, PG.confidence.asNode(), Node.ANY);
    g.add(lora, PG.confidence.asNode(), NodeFactory.createLiteralDT("1.5e0",
        XSDDatatype.XSDdouble));
    g.remove(mmluInC, RDF.type.asNode(), PG.Mention.asNode());
    g.add(IRIS.entity("method/lora"), RDFS.label.asNode(), NodeFactory.createLiteralString("Lo"));
    g.add(IRIS.entity("benchmark/mmlu"), RDF.type.asNode(), PG.Method.asNode());
    g.remove(result, MLS.hasValue.asNode(), Node.ANY);
    g.add(result, MLS.hasValue.asNode(), NodeFactory.createLiteralString("61.2"));

    ValidationReport report = VALIDATOR.validate(g);
    assertFalse(report.conforms());
    Map<String, String> byMessage = new TreeMap<>();
    report.violations().forEach(v -> byMessage.merge(v.message(), v.focusNode(),
        (a, b) -> a + " " + b));
    assertEquals(8, report.violations().size(), String.join("\n", report.lines()));
    assertEquals("<" + paperA.getURI() + "> <" + paperB.getURI() + ">",
        byMessage.get("a paper has exactly one dcterms:title (a string)"),
        "one paper lacks a title, the other has two");
    assertEquals("<" + refinedWeb.getURI() + ">",
        byMessage.get("a mention's pg:start must be less than its pg:end"));
    assertEquals("<" + lora.getURI() + ">",
        byMessage.get("a mention has exactly one pg:confidence, an xsd:double in [0,1]"));
    assertEquals("<" + IRIS.paper("title-survey").getURI() + ">", byMessage.get(
        "pg:mentions <" + IRIS.entity("benchmark/mmlu").getURI()
            + "> is not backed by a pg:Mention of this paper"));
    assertEquals("<" + IRIS.entity("method/lora").getURI() + ">",
        byMessage.get("an entity has exactly one rdfs:label"));
    assertEquals("<" + IRIS.entity("benchmark/mmlu").getURI() + ">",
        byMessage.get("an entity has exactly one type among the eight entity classes"));
    assertEquals("<" + result.getURI() + ">",
        byMessage.get("a result has exactly one mls:hasValue, an xsd:decimal"));
    assertTrue(report.lines().stream().anyMatch(l -> l.contains(" pg:confidence: ")
        && l.contains("1.5e0")), String.join("\n", report.lines()));
  }

  private static Span span(String text, String anchor) {
    int at = text.indexOf(anchor);
    return new Span(at, at + anchor.length(), false);
  }
}
