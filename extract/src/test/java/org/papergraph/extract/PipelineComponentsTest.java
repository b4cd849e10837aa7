package org.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class PipelineComponentsTest {

  @Test
  void parsesAnySubsetInAnyCase() {
    assertEquals(EnumSet.of(Pipeline.Component.DICTIONARY, Pipeline.Component.MODEL),
        Pipeline.Component.parseList(" Model,dictionary "));
    assertEquals(EnumSet.allOf(Pipeline.Component.class),
        Pipeline.Component.parseList("dictionary,patterns,model"));
  }

  @Test
  void rejectsUnknownAndEmptyListsNamingTheValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Pipeline.Component.parseList("dictionary,ner"));
    assertTrue(e.getMessage().contains("'ner'"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Pipeline.Component.parseList(" , "));
  }
}
