package org.papergraph.extract.ner.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordShapeTest {

  @Test
  void shortShapeCollapsesRunsOfOneClass() {
    assertEquals("X-x", WordShape.shortShape("BERT-base"));
    assertEquals("X-d", WordShape.shortShape("GPT-4"));
    assertEquals("XxXx", WordShape.shortShape("ImageNet"));
    assertEquals("x", WordShape.shortShape("accuracy"));
    assertEquals("Xd", WordShape.shortShape("F1"));
    assertEquals("XxX-d-dX", WordShape.shortShape("LLaMA-2-13B"));
  }

  @Test
  void longShapeKeepsEveryCharacterUpToTheCap() {
    assertEquals("XXXX-xxxx", WordShape.longShape("BERT-base"));
    assertEquals("dd.d%", WordShape.longShape("61.2%"));
    assertEquals("xxxxxxxxxxxx~", WordShape.longShape("transformation"));
  }

  @Test
  void nonAsciiLettersKeepTheirCase() {
    assertEquals("Xx", WordShape.shortShape("Élan"));
    assertEquals("x", WordShape.shortShape("αβγ"));
    assertEquals("L", WordShape.shortShape("中文"));
  }
}
