package org.papergraph.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.extract.TestDictionaries;
import org.papergraph.extract.ner.TrainingConfig;
import org.papergraph.extract.ner.TrainingReport;

/** Trains a tiny model inline, the way {@code papergraph train} does. */
class GoldTrainingTest {

  @Test
  void trainsFromConllPlusTunedGoldWithTheDictionaryAsLexicon(@TempDir Path dir)
      throws Exception {
    Path conll = TestDictionaries.dir("ner/sample.conll");
    Path papers = dir.resolve("papers.jsonl");
    Files.writeString(papers, String.join("\n",
        "{\"title\": \"First Paper\", \"abstract\": \"We evaluate GPT-4 on MMLU and report"
            + " accuracy.\"}",
        "{\"title\": \"Second Paper\", \"abstract\": \"BERT reaches high F1 on SQuAD.\"}",
        "{\"title\": \"Third Paper\", \"abstract\": \"Held out: Llama-3 on GSM8K.\"}"),
        StandardCharsets.UTF_8);
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, String.join("\n",
        "{\"id\":\"1\",\"title\":\"First Paper\",\"entities\":[{\"type\":\"Model\",\"name\":"
            + "\"GPT-4\"},{\"type\":\"Benchmark\",\"name\":\"MMLU\"}]}",
        "{\"id\":\"2\",\"title\":\"Second Paper\",\"entities\":[{\"type\":\"Model\",\"name\":"
            + "\"BERT\"}]}",
        "{\"id\":\"3\",\"title\":\"Third Paper\",\"entities\":[{\"type\":\"Model\",\"name\":"
            + "\"Llama-3\"}]}"), StandardCharsets.UTF_8);
    Path model = dir.resolve("m.bin");
    Path spans = dir.resolve("spans.jsonl");
    TrainingConfig config = TrainingConfig.defaults().withIterations(5).withCutoff(0)
        .withHeldOutEvery(0);
    GoldTraining.Outcome o = GoldTraining.train(conll, gold, List.of(papers.toString()),
        TestDictionaries.small(), config, model, spans);
    assertEquals(2, o.gold().papers(), "only the tuned lines 1 and 2");
    assertEquals(3, o.gold().spans());
    assertTrue(Files.readString(spans).contains("GPT-4") || Files.readString(spans)
        .contains("MMLU"));
    assertTrue(!Files.readString(spans).contains("Llama-3"), "held-out line 3 is never used");
    TrainingReport r = o.report();
    assertEquals(3, r.extraSpans());
    assertTrue(r.namesPerType().containsKey("MODEL"), r.namesPerType().toString());
    assertTrue(r.config().lexicon().size() > 0, "the dictionary is the lexicon");
    TokenNameFinderModel loaded = new TokenNameFinderModel(model);
    List<org.papergraph.extract.ner.TypedTokenSpan> names =
        new org.papergraph.extract.ner.StatisticalNameFinder(loaded)
            .find(new String[] {"We", "report", "BLEU", "on", "WMT14", "."});
    assertTrue(names.stream().allMatch(n -> n.end() <= 6), names.toString());
  }
}
