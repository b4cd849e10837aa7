package org.papergraph.extract.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.papergraph.extract.EntityType;

/** Head nouns and generic words. */
class CuesTest {

  @Test
  void modelHeadsIncludeTheMultimodalAcronymsInEitherNumber() {
    for (String head : new String[] {"model", "LM", "LLMs", "MLLM", "VLMs", "LMM", "LVLMs"}) {
      assertEquals(EntityType.MODEL, Cues.head(head), head);
    }
    assertEquals(EntityType.BENCHMARK, Cues.head("benchmarks"));
    assertEquals(null, Cues.head("family"));
  }

  @Test
  void questionFormatsSubjectAreasAndPronounsAreNeverNames() {
    for (String word : new String[] {"MCQs", "MCQ", "IT", "IFT", "STEM", "Humanities",
        "Multiple-Choice", "LLMs", "Graphical User Interface", "CodeLLMs", "Vision\u2013Language\u2013Action"}) {
      assertTrue(Cues.isGeneric(word), word);
    }
    assertFalse(Cues.isGeneric("MMLU"));
    assertFalse(Cues.isGeneric("SFT"));
  }

  @Test
  void numberFormatsCacheNamesAndProgrammingLanguagesAreNeverNames() {
    for (String word : new String[] {"FP16", "BF16", "MXFP4", "NVFP4", "INT4", "W4A16",
        "W4A8KV4", "Key-Value", "KV", "Python", "Java", "C++"}) {
      assertTrue(Cues.isGeneric(word), word);
    }
    for (String name : new String[] {"FP16Net", "INTERN2", "W4"}) {
      assertFalse(Cues.isGeneric(name), name);
    }
  }

  @Test
  void acceleratorsAreGenericButLookalikeModelNamesAreNot() {
    for (String chip : new String[] {"A100", "H100", "RTX", "RTX 4090", "RTX 3080 Ti", "V100",
        "TPU v4", "TPUv5e", "MI300X", "Jetson", "L40S"}) {
      assertTrue(Cues.isGeneric(chip), chip);
    }
    for (String name : new String[] {"T5", "L2", "A2C", "H2O", "V2", "Titans", "M2"}) {
      assertFalse(Cues.isGeneric(name), name);
    }
  }

  @Test
  void atInferenceTimeIsAMomentNotAMeasure() {
    String when = "It runs 8x faster at inference time.";
    int start = when.indexOf("inference time");
    assertTrue(Cues.isMomentOfUse(when, start, start + "inference time".length()));
    String modifier = "It needs large inference-time memory.";
    int m = modifier.indexOf("inference-time");
    assertTrue(Cues.isMomentOfUse(modifier, m, m + "inference-time".length()));
    String measure = "It reduces inference time by half.";
    int at = measure.indexOf("inference time");
    assertFalse(Cues.isMomentOfUse(measure, at, at + "inference time".length()));
  }
}
