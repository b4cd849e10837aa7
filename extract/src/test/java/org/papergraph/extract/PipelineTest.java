package org.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.papergraph.extract.eval.DailyPageReader;
import org.papergraph.ingest.Paper;

class PipelineTest {

  private static Pipeline full;
  private static Pipeline small;
  private static List<Paper> sample;

  @BeforeAll
  static void load() throws Exception {
    full = Pipeline.load();
    small = Pipeline.load(TestDictionaries.small());
    sample = DailyPageReader.read(TestDictionaries.dir("daily-papers-sample.txt"));
  }

  static void assertAnchorsMatch(Extraction x) {
    Paper p = x.paper();
    for (Mention m : x.mentions()) {
      assertEquals(m.anchor(), m.span().of(p.title(), p.abstractText()),
          "mention " + m + " in " + p.title());
    }
    for (Span s : x.sentences()) {
      assertNotNull(s.of(p.title(), p.abstractText()));
    }
  }

  @Test
  void everyMentionOfTheSampleMatchesItsText() {
    assertEquals(49, sample.size());
    int mentions = 0;
    for (Paper p : sample) {
      Extraction x = full.extract(p);
      assertAnchorsMatch(x);
      mentions += x.mentions().size();
      assertTrue(x.mentions().stream().anyMatch(m -> m.span().inTitle())
          || x.mentions().stream().noneMatch(m -> m.span().inTitle()));
    }
    assertTrue(mentions > 200, "the sample names many things, found " + mentions);
  }

  @Test
  void offsetsHoldOnNonAsciiText() {
    String abs = "Wir nutzen Kühlschränke 🧊 — und LLaMA-2 (ß) erreicht 61.2% accuracy auf MGSM. "
        + "Ünïcödé “quotes” then GPT-4 on WMT14.";
    Extraction x = small.extract(Paper.of("p", "Ärger mit LLaMA 2 🦙: a title", abs));
    assertAnchorsMatch(x);
    List<String> anchors = x.mentions().stream().map(Mention::anchor).toList();
    assertTrue(anchors.containsAll(List.of("LLaMA 2", "LLaMA-2", "MGSM", "GPT-4", "WMT14")),
        anchors.toString());
    assertTrue(x.mentions().stream().anyMatch(m -> m.span().inTitle()
        && m.anchor().equals("LLaMA 2")));
  }

  @Test
  void survivesLatexLongSentencesAndTextWithoutSentences() {
    String latex = "We use $\\mathcal{O}(n^2)$ attention \\cite{x} and \\textbf{GPT-4} x2014 "
        + "2times ge 175B \\real{} {{}} )))((( .";
    assertAnchorsMatch(small.extract(Paper.of("a", "T", latex)));
    StringBuilder huge = new StringBuilder();
    for (int i = 0; i < 1500; i++) {
      huge.append(i % 50 == 0 ? "GPT-4 " : "word, ");
    }
    Extraction big = small.extract(Paper.of("b", "Long", huge.toString()));
    assertAnchorsMatch(big);
    assertTrue(big.mentions().size() >= 30);
    for (String odd : List.of("", "   ", "....", "\u0000\u200b\ufeff", "🦙🦙")) {
      Extraction x = small.extract(Paper.of("c", "x", odd));
      assertAnchorsMatch(x);
    }
  }

  @Test
  void anEntityIsNeverAVariantOfItself() {
    // a sized name whose family part is an alias of the same entry has no family to link to;
    // every entity of the bundled dictionary named this way must hold the invariant
    for (Pipeline p : List.of(small, full)) {
      Extraction x = p.extract(Paper.of("s", "x",
          "We fine-tune Solar 10.7B and SOLAR 10.7B and compare them with LLaMA-2-13B."));
      assertFalse(x.entities().isEmpty());
      for (Entity e : x.entities()) {
        assertFalse(e.key().equals(e.variantOf()), e.key() + " is a variant of itself");
      }
    }
  }

  @Test
  void oneEntityPerThingWithStableKeysAndVariants() {
    Extraction x = small.extract(Paper.of("v", "Tuning LLaMA 2",
        "We compare Llama-2 and LLaMA-2 with LLaMA-2-13B and Falcon-40B."));
    Entity family = entity(x, "model/llama-2");
    assertTrue(family.altLabels().containsAll(List.of("Llama-2", "LLaMA-2")));
    Entity variant = entity(x, "model/llama-2-13b");
    assertEquals("model/llama-2", variant.variantOf());
    assertEquals(13_000_000_000L, variant.parameterCount());
    Entity falcon = entity(x, "model/falcon-40b");
    assertEquals(40_000_000_000L, falcon.parameterCount());
    assertEquals("model/falcon", falcon.variantOf());
    assertTrue(x.sizes().stream().anyMatch(s -> s.entityKey().equals("model/falcon-40b")
        && "40B".equals(s.parameters())));
  }

  @Test
  void acronymDefinitionsGiveAltLabelsAndLaterUses() {
    Extraction x = small.extract(Paper.of("a", "t", "We study Parameter-Efficient Quantized "
        + "Adaptation (PEQA). PEQA beats knowledge distillation (KD), and KD is cheap."));
    Entity peqa = x.entities().stream().filter(e -> e.label().startsWith("Parameter"))
        .findFirst().orElseThrow();
    assertTrue(peqa.altLabels().contains("PEQA"));
    assertEquals(2, x.mentions().stream().filter(m -> m.anchor().equals("PEQA")).count());
    Entity kd = entity(x, "method/knowledge-distillation");
    assertTrue(kd.altLabels().contains("KD"));
  }

  @Test
  void anAcronymThePaperDefinesOutranksTheDictionarysMeaningOfItsLetters() {
    // the real dictionary knows DAMO (an organization) and HCP (a dataset)
    Extraction x = full.extract(Paper.of("a", "A title", "We derive Dual Alignment Maximin"
        + " Optimization (DAMO), a paradigm for offline RL. We also propose Hierarchical Context"
        + " Pruning (HCP). DAMO is stable, and HCP is fast."));
    assertTrue(x.entities().stream().noneMatch(e -> e.type() == EntityType.ORGANIZATION
        || e.type() == EntityType.DATASET), x.entities().toString());
    assertTrue(x.entities().stream().anyMatch(e -> e.label().equals("Dual Alignment Maximin"
        + " Optimization") && e.altLabels().contains("DAMO")), x.entities().toString());
    // a definition that shares a word with the dictionary's names keeps the dictionary's entry
    Extraction y = full.extract(Paper.of("b", "A title", "We test on the Human Connectome"
        + " Project data (HCP). HCP is large."));
    assertTrue(y.entities().stream().anyMatch(e -> e.type() == EntityType.DATASET
        && e.altLabels().contains("HCP")), y.entities().toString());
  }

  @Test
  void aPhraseEndingInAKnownMethodIsAMethod() {
    Extraction x = full.extract(Paper.of("a", "Towards Adaptive Note-Enhanced Retrieval-Augmented"
        + " Generation", "We study question answering."));
    Entity e = x.entities().stream().filter(n -> n.label().startsWith("Adaptive")).findFirst()
        .orElseThrow(() -> new AssertionError(x.entities()));
    assertEquals(EntityType.METHOD, e.type());
    // a phrase ending in a known task stays a task
    Extraction y = full.extract(Paper.of("b", "Towards Multilingual Spoken Question Answering",
        "We study it."));
    assertTrue(y.entities().stream().anyMatch(n -> n.type() == EntityType.TASK
        && n.label().startsWith("Multilingual")), y.entities().toString());
  }

  @Test
  void aScoreOnlyThePaperNamesKeepsItsHeadWord() {
    Extraction x = full.extract(Paper.of("a", "A title", "We report the ZORBA score and the CIDEr"
        + " score of each system."));
    List<String> metrics = x.entities().stream().filter(e -> e.type() == EntityType.METRIC)
        .map(Entity::label).sorted().toList();
    assertEquals(List.of("CIDEr", "ZORBA score"), metrics);
  }

  @Test
  void aCapitalizedNameThePaperAbbreviatesIsAMethodWhateverItsHead() {
    Extraction x = full.extract(Paper.of("a", "A title", "We add two mechanisms: Self-Checking"
        + " Retrieval (SCR) and Goal-Imitation Planning (GIP). SCR is cheap. We also study"
        + " Chart Question Answering (CQA) with a method termed Block-wise Editing (BWE)."));
    assertTrue(x.entities().stream().noneMatch(n -> n.label().contains("termed")),
        x.entities().toString());
    for (String name : List.of("Self-Checking Retrieval", "Goal-Imitation Planning",
        "Block-wise Editing")) {
      Entity e = x.entities().stream().filter(n -> n.label().equals(name)).findFirst()
          .orElseThrow(() -> new AssertionError(name + " in " + x.entities()));
      assertEquals(EntityType.METHOD, e.type(), name);
    }
    // a name ending in a task the dictionary knows stays a task, and so does a lower-case one
    assertTrue(x.entities().stream().anyMatch(n -> n.type() == EntityType.TASK
        && n.label().equalsIgnoreCase("Chart Question Answering")), x.entities().toString());
    Extraction y = full.extract(Paper.of("b", "A title", "We study spreadsheet formula"
        + " retrieval (SFR)."));
    assertTrue(y.entities().stream().noneMatch(n -> n.type() == EntityType.METHOD),
        y.entities().toString());
  }

  @Test
  void proposalsAndCodeLinks() {
    Extraction x = small.extract(Paper.of("p", "MiniPLM: Distillation for Pre-Training",
        "We propose MiniPLM, a framework for pre-training. Code: "
            + "https://github.com/thu-coai/MiniPLM. Weights at huggingface.co/org/model)."));
    assertTrue(x.proposes().stream().anyMatch(k -> k.endsWith("/miniplm")), x.proposes()
        .toString());
    assertEquals(List.of("https://github.com/thu-coai/MiniPLM", "huggingface.co/org/model"),
        x.codeLinks());
    Extraction y = small.extract(Paper.of("q", "A title", "Code for review at"
        + " https://anonymous.4open.science/r/Zorb-C3E8, a mirror at https://gitee.com/zorb/quux;"
        + " see also https://anonymous.4open.science/ and https://zorb.github.io/."));
    assertEquals(List.of("https://anonymous.4open.science/r/Zorb-C3E8", "https://gitee.com/zorb/quux"),
        y.codeLinks());
    // a footnote mark glued before the scheme, and the short Hugging Face host
    Extraction z = small.extract(Paper.of("r", "A title", "Weights at Hub111https://huggingface.co/zorb/m1"
        + " and https://hf.co/zorb/m2; not at myhf.co/zorb/m3."));
    assertEquals(List.of("https://huggingface.co/zorb/m1", "https://hf.co/zorb/m2"), z.codeLinks());
  }

  @Test
  void sharedAcrossThreadsGivesTheSameAnswers() throws Exception {
    List<Paper> some = sample.subList(0, 12);
    List<Extraction> sequential = some.stream().map(full::extract).toList();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<Extraction>> parallel = some.stream()
          .map(p -> pool.submit(() -> full.extract(p))).toList();
      for (int i = 0; i < some.size(); i++) {
        assertEquals(sequential.get(i), parallel.get(i).get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void configurationNamesComponentsAndModels() {
    String c = full.configuration();
    assertTrue(c.contains(org.papergraph.extract.text.TextAnalyzer.POS_MODEL), c);
    assertTrue(c.contains("dictionary"), c);
    assertFalse(c.contains("null"), c);
  }

  private static Entity entity(Extraction x, String key) {
    return x.entities().stream().filter(e -> e.key().equals(key)).findFirst()
        .orElseThrow(() -> new AssertionError(key + " not in " + x.entities()));
  }


  @Test
  void beingScoredOnMakesADictionaryDatasetABenchmark() {
    // the real dictionary lists both as datasets; here models are scored on them (the guide)
    Extraction x = full.extract(Paper.of("d", "ZorbSplat: Fast Splatting for Sparse Views",
        "We propose ZorbSplat, a feed-forward splatting method. We evaluate ZorbSplat on the"
            + " RealEstate10K and DL3DV-10K datasets under wide-baseline settings."));
    for (String name : List.of("RealEstate10K", "DL3DV-10K")) {
      assertEquals(EntityType.BENCHMARK, x.entities().stream().filter(e -> e.label().equals(name))
          .findFirst().orElseThrow(() -> new AssertionError(x.entities())).type(), name);
    }
    Extraction y = full.extract(Paper.of("d", "A title",
        "We pretrain ZorbSplat on the RealEstate10K dataset."));
    assertEquals(EntityType.DATASET, y.entities().stream()
        .filter(e -> e.label().equals("RealEstate10K")).findFirst()
        .orElseThrow(() -> new AssertionError(y.entities())).type());
  }

  @Test
  void aScoreWithoutABenchmarkIsOnTheOnlyBenchmarkTheAbstractNames() {
    Extraction x = full.extract(Paper.of("d", "A title", "We align ZorbLM-8B and measure"
        + " MixEval-Hard scores. Our best model improves ZorbLM-8B by 7.65%."));
    assertEquals(List.of("benchmark/mixeval-hard"), x.results().stream()
        .map(ResultFact::benchmarkKey).toList());
    // a speed ratio is a property of the system, not a score on that benchmark
    Extraction z = full.extract(Paper.of("d", "A title", "ZorbKV keeps accuracy on"
        + " Needle-in-a-Haystack. It achieves a 3.6x increase in generation speed."));
    assertEquals(1, z.results().size(), z.results().toString());
    assertEquals(null, z.results().get(0).benchmarkKey(), z.results().toString());
    // and so is a saving in memory
    Extraction w = full.extract(Paper.of("d", "A title", "ZorbKV keeps accuracy on"
        + " Needle-in-a-Haystack. It reduces peak memory usage by 41.5%."));
    assertEquals(1, w.results().size(), w.results().toString());
    assertEquals(null, w.results().get(0).benchmarkKey(), w.results().toString());
    // with two benchmarks named, a score that names neither stays without one
    Extraction y = full.extract(Paper.of("d", "A title", "We evaluate ZorbLM-8B on MMLU and"
        + " GSM8K. Our best model improves ZorbLM-8B by 7.65%."));
    assertEquals(1, y.results().size(), y.results().toString());
    assertEquals(null, y.results().get(0).benchmarkKey());
  }

  @Test
  void aSentenceGoingOnInTheSameMetricStaysOnThePreviousBenchmark() {
    String first = "We train ZorbLM on MMLU and GSM8K. ZorbLM reaches 71.2% accuracy on GSM8K. ";
    Extraction x = full.extract(Paper.of("d", "A title", first
        + "With longer rollouts, ZorbLM-32B attains 75.5% accuracy."));

    assertEquals(2, x.results().size(), x.results().toString());
    assertEquals("benchmark/gsm8k", x.results().get(1).benchmarkKey(), x.results().toString());
    // another measure is another claim: it does not inherit the benchmark
    Extraction y = full.extract(Paper.of("d", "A title", first
        + "ZorbLM-32B also reaches 48.0 BLEU."));
    assertEquals(2, y.results().size(), y.results().toString());
    assertEquals(null, y.results().get(1).benchmarkKey(), y.results().toString());
  }

  @Test
  void aLaterScoreInTheSameMetricStaysOnTheSentencesBenchmark() {
    Extraction x = full.extract(Paper.of("d", "A title", "Unlike MMLU, GSM8K is hard: ZorbLM-8B"
        + " reaches 71.2% accuracy on GSM8K with only four hundred training steps on eight small"
        + " accelerators in one day, outperforming the text-only baseline (40.1% accuracy, 1080"
        + " steps) in performance and in efficiency, and it translates the problems at 12.5"
        + " BLEU."));
    assertEquals(List.of("71.2 benchmark/gsm8k", "40.1 benchmark/gsm8k", "12.5 null"),
        x.results().stream().map(r -> r.value() + " " + r.benchmarkKey()).toList());
  }

  @Test
  void aTaskSaidOnceInPassingIsNoName() {
    assertEquals(List.of(), tasks("A title", "It also helps wombat motion estimation and"
        + " summarization."));
    assertEquals(List.of("question answering"), tasks("A title", "It also helps question"
        + " answering."), "a known name of several words is kept");
    assertEquals(List.of("wombat motion estimation"), tasks("A title", "It helps tasks such as"
        + " wombat motion estimation."));
    assertEquals(List.of("summarization", "wombat motion estimation"), tasks("A title",
        "It helps on wombat motion estimation benchmarks and summarization tasks."));
    assertEquals(List.of("wombat motion estimation"), tasks("A title", "It helps wombat motion"
        + " estimation (WME)."));
    assertEquals(List.of("summarization"), tasks("Better Summarization", "It helps"
        + " summarization."));
  }

  @Test
  void aKnownWordEndingALongerTitleNameIsNotTheKnownThing() {
    List<String> methods = full.extract(Paper.of("d", "Consistent Wombat Distillation for"
        + " Text-to-3D Generation", "We study things.")).entities().stream()
        .filter(e -> e.type() == EntityType.METHOD).map(Entity::label).toList();
    assertEquals(List.of(), methods);
    Extraction led = full.extract(Paper.of("d", "Evaluating Distillation in Small Models",
        "We study things."));
    assertTrue(led.entities().stream().anyMatch(e -> e.label().equals("knowledge distillation")),
        led.entities().toString());
  }

  @Test
  void aLinkNamesNoEntity() {
    Extraction x = full.extract(Paper.of("d", "A title", "Stanford releases ZorbLM. Code: "
        + "https://github.com/microsoft/zorb and https://huggingface.co/google/phi-2."));
    assertEquals(List.of("Stanford University"), x.entities().stream()
        .filter(e -> e.type() == EntityType.ORGANIZATION).map(Entity::label).toList());
    assertTrue(x.entities().stream().noneMatch(e -> e.type() == EntityType.MODEL
        && e.label().toLowerCase().startsWith("phi")), x.entities().toString());
    assertEquals(2, x.codeLinks().size(), x.codeLinks().toString());
  }

  private List<String> tasks(String title, String text) {
    return full.extract(Paper.of("d", title, text)).entities().stream()
        .filter(e -> e.type() == EntityType.TASK).map(e -> e.label().toLowerCase())
        .sorted().toList();
  }

  @Test
  void propertyWordsAreMetricsOnlyNextToANumber() {
    Extraction x = full.extract(Paper.of("d", "A title", "We study LLM sensitivity to prompt"
        + " formatting. Sensitivity remains at larger sizes. Caching lowers the memory"
        + " footprint."));
    assertTrue(x.entities().stream().noneMatch(e -> e.type() == EntityType.METRIC),
        x.entities().toString());
    Extraction y = full.extract(Paper.of("d", "A title", "ZorbNet reaches a sensitivity of 92%"
        + " and a specificity of 88% on MIMIC-CXR with a memory footprint of 2.1 GB."));
    assertEquals(3, y.entities().stream().filter(e -> e.type() == EntityType.METRIC).count(),
        y.entities().toString());
  }
}
