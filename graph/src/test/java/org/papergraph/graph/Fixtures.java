package org.papergraph.graph;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.papergraph.extract.Entity;
import org.papergraph.extract.EntityType;
import org.papergraph.extract.Extraction;
import org.papergraph.extract.Mention;
import org.papergraph.extract.ResultFact;
import org.papergraph.extract.SizeFact;
import org.papergraph.extract.Span;
import org.papergraph.ingest.Paper;
import org.papergraph.ingest.SourcePosition;

/** Hand-made extractions, with offsets found in the text the way an annotator would. */
final class Fixtures {

  static final String TITLE_A = "Falcon-40B: An Open Model for Zürich";
  static final String ABSTRACT_A = "We introduce Falcon-40B, a naïve 😀 model trained on RefinedWeb"
      + " with 1.2T tokens. Falcon-40B reaches 89.7% accuracy on MMLU, beating LLaMA-2-13B by"
      + " +2.65 points. Code: https://github.com/example/falcon.";

  static final String TITLE_B = "Sparse Adapters for Multilingual Reasoning";
  static final String ABSTRACT_B = "We fine-tune Llama-2-13b with LoRA and report 61.2% accuracy"
      + " on MMLU in Swahili.";

  static final String TITLE_C = "A Survey of Evaluation";
  static final String ABSTRACT_C = "We review MMLU and other suites; Llama 2 13B is discussed.";

  private Fixtures() {}

  static Extraction paperA() {
    Paper paper = new Paper("arxiv-2401.00001", "2401.00001", "10.1234/falcon.1", TITLE_A,
        ABSTRACT_A, ABSTRACT_A + "  ", List.of("Jörg Müller", "Ada Lovelace"),
        LocalDate.of(2024, 1, 2), List.of("cs.CL"), List.of("https://arxiv.org/abs/2401.00001"),
        null, List.of("llm"), new SourcePosition("a.jsonl", "line 1"));
    Builder b = new Builder(paper);
    b.entity("model/falcon-40b", EntityType.MODEL, "Falcon-40B", List.of(), null, 40_000_000_000L,
        List.of());
    b.entity("dataset/refinedweb", EntityType.DATASET, "RefinedWeb", List.of(), null, null,
        List.of());
    b.entity("benchmark/mmlu", EntityType.BENCHMARK, "MMLU",
        List.of("Massive Multitask Language Understanding"), null, null, List.of("Q100000001"));
    b.entity("metric/accuracy", EntityType.METRIC, "accuracy", List.of(), null, null, List.of());
    b.entity("model/llama-2-13b", EntityType.MODEL, "LLaMA-2-13B", List.of("Llama 2 13B"),
        "model/llama-2", 13_000_000_000L, List.of("hf:meta-llama/Llama-2-13b"));
    b.titleMention("model/falcon-40b", "Falcon-40B", "pattern");
    b.mention("model/falcon-40b", "Falcon-40B", 0, "pattern");
    b.mention("model/falcon-40b", "Falcon-40B", 1, "pattern");
    b.mention("dataset/refinedweb", "RefinedWeb", 0, "dictionary");
    b.mention("metric/accuracy", "accuracy", 0, "dictionary");
    b.mention("benchmark/mmlu", "MMLU", 0, "dictionary");
    b.mention("model/llama-2-13b", "LLaMA-2-13B", 0, "dictionary");
    b.proposes.add("model/falcon-40b");
    Span s2 = b.sentence("Falcon-40B reaches");
    b.results.add(new ResultFact("model/falcon-40b", "benchmark/mmlu", "metric/accuracy",
        new BigDecimal("89.7"), "89.7%", "%", false, 0.8, s2));
    b.results.add(new ResultFact("model/falcon-40b", null, null, new BigDecimal("2.65"),
        "+2.65 points", "points", true, 0.6, s2));
    b.sizes.add(new SizeFact("dataset/refinedweb", null, "1.2T", b.sentence("We introduce")));
    b.codeLinks.add("https://github.com/example/falcon");
    return b.build();
  }

  static Extraction paperB() {
    Paper paper = Paper.of("arxiv-2402.00002", TITLE_B, ABSTRACT_B);
    Builder b = new Builder(paper);
    b.entity("model/llama-2-13b", EntityType.MODEL, "Llama-2-13b", List.of(), null, null,
        List.of());
    b.entity("method/lora", EntityType.METHOD, "LoRA", List.of("low-rank adaptation"), null, null,
        List.of());
    b.entity("benchmark/mmlu", EntityType.BENCHMARK, "MMLU", List.of(), null, null, List.of());
    b.entity("metric/accuracy", EntityType.METRIC, "accuracy", List.of(), null, null, List.of());
    b.entity("language/swahili", EntityType.LANGUAGE, "Swahili", List.of(), null, null, List.of());
    b.mention("model/llama-2-13b", "Llama-2-13b", 0, "pattern");
    b.mention("method/lora", "LoRA", 0, "dictionary");
    b.mention("benchmark/mmlu", "MMLU", 0, "dictionary");
    b.mention("metric/accuracy", "accuracy", 0, "dictionary");
    b.mention("language/swahili", "Swahili", 0, "dictionary");
    b.results.add(new ResultFact("model/llama-2-13b", "benchmark/mmlu", "metric/accuracy",
        new BigDecimal("61.2"), "61.2%", "%", false, 0.7, b.sentence("We fine-tune")));
    return b.build();
  }

  /** Names LLaMA-2-13B by a text-found surface form only, and proposes nothing. */
  static Extraction paperC() {
    Paper paper = Paper.of("title-survey", TITLE_C, ABSTRACT_C);
    Builder b = new Builder(paper);
    b.entity("benchmark/mmlu", EntityType.BENCHMARK, "MMLU", List.of(), null, null, List.of());
    b.entity("model/llama-2-13b", EntityType.MODEL, "Llama 2 13B", List.of(), null, null,
        List.of());
    b.mention("benchmark/mmlu", "MMLU", 0, "dictionary");
    b.mention("model/llama-2-13b", "Llama 2 13B", 0, "pattern");
    return b.build();
  }

  static final class Builder {
    final Paper paper;
    final List<Entity> entities = new ArrayList<>();
    final List<Mention> mentions = new ArrayList<>();
    final Set<String> proposes = new LinkedHashSet<>();
    final List<ResultFact> results = new ArrayList<>();
    final List<SizeFact> sizes = new ArrayList<>();
    final List<String> codeLinks = new ArrayList<>();

    Builder(Paper paper) {
      this.paper = paper;
    }

    void entity(String key, EntityType type, String label, List<String> alt, String variantOf,
        Long params, List<String> sameAs) {
      entities.add(new Entity(key, type, label, alt, variantOf, params, sameAs));
    }

    /** The {@code nth} (0-based) occurrence of {@code anchor} in the abstract. */
    void mention(String key, String anchor, int nth, String source) {
      int at = -1;
      for (int i = 0; i <= nth; i++) {
        at = paper.abstractText().indexOf(anchor, at + 1);
      }
      if (at < 0) {
        throw new IllegalStateException("fixture: '" + anchor + "' not in abstract");
      }
      add(key, anchor, new Span(at, at + anchor.length(), false), source);
    }

    void titleMention(String key, String anchor, String source) {
      int at = paper.title().indexOf(anchor);
      add(key, anchor, new Span(at, at + anchor.length(), true), source);
    }

    private void add(String key, String anchor, Span span, String source) {
      EntityType type = entities.stream().filter(e -> e.key().equals(key)).findFirst()
          .orElseThrow().type();
      mentions.add(new Mention(key, type, anchor, span, 0.9, source));
    }

    /** The abstract sentence starting with {@code prefix}, up to and including its period. */
    Span sentence(String prefix) {
      String text = paper.abstractText();
      int start = text.indexOf(prefix);
      int end = text.indexOf(". ", start);
      return new Span(start, end < 0 ? text.length() : end + 1, false);
    }

    Extraction build() {
      return new Extraction(paper, List.of(), entities, mentions, proposes, results, sizes,
          codeLinks);
    }
  }
}
