package org.papergraph.graph.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.Test;
import org.papergraph.graph.vocab.Schema;

class HelpersTest {

  @Test
  void slugsDropAccentsAndPunctuation() {
    assertEquals("jorg-muller", Slugs.slug("Jörg  Müller"));
    assertEquals("o-brien-jr", Slugs.slug("O'Brien, Jr."));
    assertTrue(Slugs.slug("李小龍").startsWith("h-"));
    assertNotEquals(Slugs.slug("李小龍"), Slugs.slug("王小明"));
  }

  @Test
  void sizesReadMultipliers() {
    assertEquals(OptionalLong.of(40_000_000_000L), SizeParser.parse("40B"));
    assertEquals(OptionalLong.of(1_200_000_000_000L), SizeParser.parse("1.2T"));
    assertEquals(OptionalLong.of(7_000_000_000L), SizeParser.parse("7 billion"));
    assertEquals(OptionalLong.of(350_000_000L), SizeParser.parse("350m"));
    assertEquals(OptionalLong.of(125L), SizeParser.parse("125"));
    assertEquals(OptionalLong.empty(), SizeParser.parse("many"));
    assertEquals(OptionalLong.empty(), SizeParser.parse("0.5"), "half a parameter is no count");
  }

  @Test
  void webIrisRejectWhatWritersCannotWrite() {
    assertTrue(WebIris.isWebIri("https://github.com/owner/repo"));
    assertFalse(WebIris.isWebIri("https://github.com/owner/repo name"));
    assertFalse(WebIris.isWebIri("github.com/owner/repo"));
    assertFalse(WebIris.isWebIri("ftp://example.org/x"));
    assertFalse(WebIris.isWebIri("https://example.org/<x>"));
  }

  @Test
  void externalIdsBecomeLinksAndUnknownFormsAreRefused() {
    assertEquals(OWL.sameAs.asNode(), ExternalIds.link("wikidata:Q42").predicate());
    assertEquals("http://www.wikidata.org/entity/Q42",
        ExternalIds.link("https://www.wikidata.org/wiki/Q42").target().getURI());
    assertEquals(Schema.sameAs.asNode(), ExternalIds.link("hf:meta-llama/Llama-2-7b").predicate());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ExternalIds.link("llama"));
    assertTrue(e.getMessage().contains("'llama'"), e.getMessage());
  }

  @Test
  void nameRuleIsIndependentOfOrder() {
    List<NameRule.Candidate> names = new ArrayList<>(List.of(
        new NameRule.Candidate("Llama 2 13B", false),
        new NameRule.Candidate("LLaMA-2-13B", true),
        new NameRule.Candidate("Llama-2-13b", false)));
    NameRule.Names first = NameRule.choose(names, List.of("L2-13B"));
    for (int i = 0; i < 5; i++) {
      Collections.shuffle(names, new java.util.Random(i));
      assertEquals(first, NameRule.choose(names, List.of("L2-13B")));
    }
    assertEquals("LLaMA-2-13B", first.label(), "dictionary wins");
    assertEquals(Set.of("L2-13B", "Llama 2 13B", "Llama-2-13b"), first.altLabels());
    assertEquals("mixture of experts", NameRule.choose(List.of(
        new NameRule.Candidate("MoE", false),
        new NameRule.Candidate("mixture of experts", false)), List.of()).label(),
        "then the longer, more specific name");
  }
}
