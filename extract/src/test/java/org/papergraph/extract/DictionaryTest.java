package org.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DictionaryTest {

  @Test
  void loadsTypedFilesWithAliasesVariantsAndCase() {
    Dictionary d = TestDictionaries.small();
    DictionaryEntry variant = d.lookup(EntityType.MODEL, "LLaMA-2-13B").orElseThrow();
    assertEquals("LLaMA 2", variant.variantOf());
    assertEquals("13B", variant.parameters());
    assertEquals(List.of("Llama 2", "Llama2"), d.lookup(EntityType.MODEL, "llama-2").orElseThrow()
        .aliases());
    assertTrue(d.lookup(EntityType.DATASET, "The Pile").orElseThrow().exactCase());
    assertEquals(2, d.lookup("ImageNet").size(), "ImageNet is listed as dataset and benchmark");
  }

  @Test
  void reportsEveryBadRowWithFileAndLine() {
    DictionaryException e = assertThrows(DictionaryException.class,
        () -> Dictionary.loadDirectory(TestDictionaries.dir("bad")));
    String all = String.join("\n", e.problems());
    assertTrue(all.contains("model.tsv:3: column 'name' must not be empty"), all);
    assertTrue(all.contains("model.tsv:4: column 'parameters' must be a count"), all);
    assertTrue(all.contains("model.tsv:5: column 'case' must be 'exact' or empty, got 'upper'"),
        all);
    assertTrue(all.contains("task.tsv:1: header must be"), all);
  }

  @Test
  void rejectsFilesNotNamedAfterAType() {
    List<String> problems = new java.util.ArrayList<>();
    assertEquals(null, Dictionary.typeOfFile("x/gadgets.tsv", problems));
    assertTrue(problems.get(0).contains("gadgets.tsv: file name must be an entity type"));
    assertEquals(EntityType.MODEL, Dictionary.typeOfFile("x/models.tsv", problems));
  }

  @Test
  void bundledDictionaryLoadsWhateverFilesExist() {
    Dictionary d = Dictionary.loadDefault();
    assertTrue(d.size() >= 0);
    assertTrue(d.summary().contains("entries"));
  }
}
