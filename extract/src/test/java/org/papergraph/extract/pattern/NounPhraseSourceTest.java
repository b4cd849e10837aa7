package org.papergraph.extract.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.papergraph.extract.EntityType;
import org.papergraph.extract.text.TextAnalyzer;
import org.papergraph.ingest.Paper;

/** Made-up sentences: which noun phrases are task or method names and which are descriptions. */
class NounPhraseSourceTest {

  private static TextAnalyzer analyzer;

  @BeforeAll
  static void load() {
    analyzer = TextAnalyzer.load();
  }

  private static Map<String, EntityType> run(String abs) {
    Paper p = Paper.of("p", "A title", abs);
    List<Candidate> out = new ArrayList<>();
    new NounPhraseSource(analyzer).find(analyzer.analyze(p), out);
    return out.stream().collect(Collectors.toMap(c -> abs.substring(c.start(), c.end()),
        Candidate::type, (a, b) -> a));
  }

  @Test
  void aMeasureNamedByWhatItCountsIsAMetricNextToItsScore() {
    assertEquals(Map.of("element accuracy", EntityType.METRIC, "wombat resolution rate",
        EntityType.METRIC), run("It reaches 89% element accuracy and a wombat resolution rate of 41%."));
    // away from a score it describes a quality; a name or a task before it is whose accuracy
    assertEquals(Map.of(), run("Pruning keeps the element accuracy of the wombat."));
    assertEquals(Map.of("speech recognition", EntityType.TASK), run("It reaches 61% ZorbQA"
        + " accuracy and lifts speech recognition accuracy by 3%."));
  }

  @Test
  void modelingByATechniqueIsNoTaskModelingOfAThingIs() {
    assertEquals(Map.of(), run("We pretrain it with diffusion patch modeling."));
    assertEquals(Map.of("wombat motion modeling", EntityType.TASK),
        run("We study wombat motion modeling."));
  }

  @Test
  void aUrlIsNoPhraseHead() {
    assertEquals(Map.of(), run("Code is at project https://example.org/zorb/RAG-Retrieval now."));
  }

  @Test
  void theNounOfASizeDoesNotOpenAPhrase() {
    Map<String, EntityType> found = run("We train a 1.5B parameter speech recognition model.");
    assertEquals(Map.of("speech recognition", EntityType.TASK), found);
  }

  @Test
  void aNameBasedModifierSaysHowNotWhat() {
    Map<String, EntityType> found = run("We use Quokka-based protein classification for "
        + "screening.");
    assertEquals(Map.of("protein classification", EntityType.TASK), found);
  }

  @Test
  void namedPhrasesWithSpecificModifiers() {
    Map<String, EntityType> found = run("We study protein function classification and use "
        + "teacher ensemble distillation.");
    assertEquals(EntityType.TASK, found.get("protein function classification"),
        found.toString());
    assertEquals(EntityType.METHOD, found.get("teacher ensemble distillation"),
        found.toString());
  }

  @Test
  void genericPhrasesAreNotNames() {
    assertEquals(Map.of(), run("Current machine learning systems are brittle."));
    assertEquals(Map.of(), run("These results give a deeper understanding of the shift."));
    assertEquals(Map.of(), run("We report the broadest reasoning gains so far."));
    // praise and scale describe the work, the task is what follows
    Map<String, EntityType> found = run("It enables high-quality image generation and large-scale"
        + " speech recognition, and models perform rigorous reasoning.");
    assertEquals(EntityType.TASK, found.get("image generation"), found.toString());
    assertEquals(EntityType.TASK, found.get("speech recognition"), found.toString());
    assertFalse(found.keySet().stream().anyMatch(k -> k.startsWith("high-quality")
        || k.startsWith("large-scale") || k.startsWith("perform")), found.toString());
    // a verb the tagger may take for a noun does not start a name either
    Map<String, EntityType> verbs = run("Clear preferences enhance learning, and we guide decoding"
        + " with a graph.");
    assertFalse(verbs.containsKey("enhance learning"), verbs.toString());
    assertFalse(verbs.containsKey("guide decoding"), verbs.toString());
  }

  @Test
  void verbsTaggedAsNounsOpenNoPhrase() {
    Map<String, EntityType> found = run("To compress tokens, we leverage dual-branch teacher"
        + " distillation. To further address semantic understanding errors, we reuse it.");
    assertEquals(Map.of("dual-branch teacher distillation", EntityType.METHOD), found);
  }

  @Test
  void freePhrasesOnDescribingHeadsAreNoNames() {
    assertEquals(Map.of(), run("Our policy learning with budget-driven tree search, a greedy "
        + "wombat algorithm and patch embeddings works."));
    assertEquals(Map.of("teacher pseudo-labeling", EntityType.METHOD, "wombat distillation",
        EntityType.METHOD), run("It uses teacher pseudo-labeling and wombat distillation."));
  }

  @Test
  void pluralAndVerbModifiersEndThePhrase() {
    Map<String, EntityType> found = run("The noise hinders learning from data, and we build "
        + "social media messages detection tools.");
    assertFalse(found.containsKey("hinders learning"), found.toString());
    assertFalse(found.containsKey("media messages detection"), found.toString());
    assertTrue(NounPhraseSource.inflectedS("messages"));
    assertTrue(NounPhraseSource.inflectedS("hinders"));
    for (String w : List.of("corpus", "analysis", "physics", "news", "class", "various")) {
      assertFalse(NounPhraseSource.inflectedS(w), w);
    }
  }

  private static List<String> titleTasks(String title) {
    Paper p = Paper.of("p", title, "We study things.");
    List<Candidate> out = new ArrayList<>();
    new NounPhraseSource(analyzer).find(analyzer.analyze(p), out);
    return out.stream().filter(Candidate::inTitle).map(c -> title.substring(c.start(), c.end()))
        .toList();
  }

  @Test
  void aTitleNamesItsTaskInCapitalsAfterAPreposition() {
    assertEquals(List.of("Chest Zorb Report Generation"),
        titleTasks("ZorbNet: End-to-End Transformer for Chest Zorb Report Generation"));
    assertEquals(List.of("Quux Question Answering"),
        titleTasks("Towards Efficient Quux Question Answering with Zorbs"));
    assertEquals(List.of("Zorb Reasoning"), titleTasks("Exploring Rewards for Learning Zorb Reasoning"));
    // the spelled-out name after the colon, names inside the run, no preposition: none
    assertEquals(List.of(), titleTasks("4Z: Massive Zorb Masked Modeling"));
    assertEquals(List.of(), titleTasks("Benchmarks for ZorbQA Question Answering"));
    assertEquals(List.of(), titleTasks("Zorb Question Answering Is Hard"));
  }
}
