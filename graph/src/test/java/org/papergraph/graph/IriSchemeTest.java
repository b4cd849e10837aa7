package org.papergraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.papergraph.extract.Span;

class IriSchemeTest {

  private final IriScheme iris = new IriScheme("http://example.org/kg/");

  @Test
  void documentedShapes() {
    assertEquals("http://example.org/kg/paper/arxiv-2410.17243",
        iris.paper("arxiv-2410.17243").getURI());
    assertEquals("http://example.org/kg/entity/model/llama-2-13b",
        iris.entity("model/llama-2-13b").getURI());
    assertEquals("http://example.org/kg/mention/p1/t-3-9",
        iris.mention("p1", new Span(3, 9, true)).getURI());
    assertEquals("http://example.org/kg/sentence/p1/a-0-40",
        iris.sentence("p1", new Span(0, 40, false)).getURI());
    assertEquals("http://example.org/kg/person/jorg-muller", iris.person("Jörg Müller").getURI());
  }

  @Test
  void unsafeCharactersArePercentEncodedAndPaperIdsRoundTrip() {
    String id = "doi-10.1000/x y#ü";
    String graph = iris.paperGraph(id).getURI();
    assertTrue(graph.endsWith("doi-10.1000%2Fx%20y%23%C3%BC"), graph);
    assertEquals(id, iris.paperIdOfGraph(iris.paperGraph(id)));
  }

  @Test
  void baseMustBeAbsoluteAndEndWithASeparator() {
    assertThrows(IllegalArgumentException.class, () -> new IriScheme("http://example.org/kg"));
    assertThrows(IllegalArgumentException.class, () -> new IriScheme("kg/"));
  }
}
