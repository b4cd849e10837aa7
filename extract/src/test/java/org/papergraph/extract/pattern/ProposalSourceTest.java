package org.papergraph.extract.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.papergraph.extract.EntityType;
import org.papergraph.extract.text.TextAnalyzer;
import org.papergraph.ingest.Paper;

/** The title's "X: A Benchmark for ..." typing, on made-up titles. */
class ProposalSourceTest {

  private static TextAnalyzer analyzer;

  @BeforeAll
  static void load() {
    analyzer = TextAnalyzer.load();
  }

  private static List<Candidate> run(String title, String abstractText) {
    List<Candidate> out = new ArrayList<>();
    new ProposalSource().find(analyzer.analyze(Paper.of("p", title, abstractText)), out);
    return out;
  }

  private static EntityType titleType(String title) {
    return run(title, "We study things.").stream().filter(Candidate::inTitle).findFirst()
        .orElseThrow().type();
  }

  @Test
  void anArticleAndAHeadNounAfterTheColonTypeTheName() {
    assertEquals(EntityType.BENCHMARK, titleType("ZorbBench: A Benchmark for Tool Use"));
    assertEquals(EntityType.DATASET, titleType("QuuxText: An Open Multilingual Dataset of News"));
    assertEquals(EntityType.METHOD, titleType("ZorbNet: A Framework for Fast Inference"));
    // a neural codec is a trained model
    assertEquals(EntityType.MODEL, titleType("ZorbCodec: A Low-Frame-Rate Speech Codec"));
    // without an article, a benchmark or dataset noun that closes the phrase
    assertEquals(EntityType.BENCHMARK, titleType("ZorbBench+: Enhanced Coding Benchmark for LLMs"));
    assertEquals(EntityType.DATASET, titleType("QuuxWeb: Open Multilingual Dataset"));
  }

  @Test
  void aNamingVerbTakesTheTypeOfTheNounBeforeIt() {
    String text = "Our resulting model, named ZorbSeg, tackles segmentation. A new benchmark"
        + " called QuuxSet is released.";
    assertEquals(EntityType.MODEL, proposedType(text, "ZorbSeg"));
    assertEquals(EntityType.BENCHMARK, proposedType(text, "QuuxSet"));
    // a task the named thing is for does not type it
    String forTask = "We introduce a diffusion model for paragraph-to-image generation task,"
        + " termed ZorbDiff, which is fast.";
    assertEquals(EntityType.MODEL, proposedType(forTask, "ZorbDiff"));
  }

  @Test
  void aBenchNameIsABenchmarkWhateverTheAppositiveCallsIt() {
    String text = "We introduce ZorbBench, a holistic evaluation framework for agents. We"
        + " also present QuuxNet, a framework for fast inference.";
    assertEquals(EntityType.BENCHMARK, proposedType(text, "ZorbBench"));
    assertEquals(EntityType.METHOD, proposedType(text, "QuuxNet"));
  }

  @Test
  void otherwiseTheTypeIsLeftOpen() {
    assertNull(titleType("ZorbLM: Towards Faster Language Models"));
    assertNull(titleType("ZorbLM: Language Model Learning for Data"));
    assertNull(titleType("ZorbLM: A Study of Scaling in Benchmark Design"));
    assertNull(titleType("ZorbLM: Benchmark Design Matters"));
  }

  @Test
  void aCapitalizedTitlePhraseTheAbstractRepeatsIsAName() {
    assertEquals(List.of("Zorbic Robot"), titleNames("Zorbic Robot: A Framework for Agents",
        "We present Zorbic Robot, a framework."));
    assertEquals(List.of(), titleNames("Zorbic Robot: A Framework for Agents",
        "We present a framework."), "not repeated");
    assertEquals(List.of(), titleNames("Beyond Turn Limits: Training Agents",
        "Beyond Turn Limits is our motto."), "a catchphrase");
    assertEquals(List.of(), titleNames("Rethinking Zorb Models: A Study",
        "Rethinking Zorb Models is hard."), "a gerund first");
  }

  private static List<String> titleNames(String title, String abstractText) {
    return run(title, abstractText).stream().filter(Candidate::inTitle)
        .map(c -> title.substring(c.start(), c.end())).toList();
  }

  private static EntityType proposedType(String abstractText, String name) {
    List<Candidate> out = run("A title", abstractText);
    return out.stream().filter(c -> !c.inTitle() && c.length() == name.length()
            && abstractText.startsWith(name, c.start()))
        .findFirst().orElseThrow(() -> new AssertionError(name + " not in " + out)).type();
  }

  @Test
  void anAppositiveAfterTheNameTypesIt() {
    assertEquals(EntityType.MODEL, proposedType("We propose Zorb-Embed-2, a versatile and compact"
        + " embedding model for retrieval.", "Zorb-Embed-2"));
    assertEquals(EntityType.MODEL, proposedType("This report presents Zorb-Doc, a novel multimodal"
        + " large language model designed for documents.", "Zorb-Doc"));
    assertEquals(EntityType.MODEL, proposedType("We introduce Quux-RS, an MLLM specialized in"
        + " remote sensing.", "Quux-RS"));
    assertEquals(EntityType.BENCHMARK, proposedType("We present QuuxEval, a new benchmark for"
        + " tool use.", "QuuxEval"));
    assertEquals(EntityType.MODEL, proposedType("We introduce a new variant of neural codec LM,"
        + " namely Quux-TTS, for speech.", "Quux-TTS"));
    // a clause after the comma is not an appositive: the naming verb's noun types the name
    assertEquals(EntityType.MODEL, proposedType("Our resulting model, named ZorbSeg, tackles"
        + " hierarchical, open-vocabulary and universal segmentation tasks.", "ZorbSeg"));
  }

  @Test
  void aCapitalizedWordIsANameOnlyWhenAnAppositiveTypesIt() {
    assertEquals(EntityType.MODEL, proposedType("We introduce Wombat, a family of lightweight"
        + " MLLMs with flexible backbones.", "Wombat"));
    List<Candidate> out = new ArrayList<>();
    new ProposalSource().find(analyzer.analyze(Paper.of("p", "A title",
        "We introduce Wombat, which runs fast. We present Section 3, and conclude. We propose the"
            + " Language Ranker, an intrinsic metric. We present Koala, a new architecture.")), out);
    assertEquals(List.of(), out.stream().filter(c -> !c.inTitle()).toList());
  }
}
