package org.papergraph.extract.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void normalizeFollowsTheGuide() {
    assertEquals("llama2", Names.normalize("LLaMA 2"));
    assertEquals("llama2", Names.normalize("Llama-2"));
    assertEquals("rougel", Names.normalize("ROUGE_L"));
    assertEquals("gpt4", Names.normalize("ＧＰＴ\u20114"));
  }

  @Test
  void slugIsLowerCaseWithSingleHyphens() {
    assertEquals("llama-2-13b", Names.slug("LLaMA-2 13B"));
    assertEquals("pass@1", Names.slug("pass@1"));
    assertEquals("x", Names.slug("—"));
  }

  @Test
  void parsesCounts() {
    assertEquals(13_000_000_000L, Quantities.parseCount("13B"));
    assertEquals(1_200_000_000_000L, Quantities.parseCount("1.2T"));
    assertEquals(540_000_000L, Quantities.parseCount("540m"));
    assertNull(Quantities.parseCount("lots"));
    assertNull(Quantities.parseCount("13X"));
  }
}
