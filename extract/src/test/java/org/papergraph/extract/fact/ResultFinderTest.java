package org.papergraph.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.papergraph.extract.Extraction;
import org.papergraph.extract.Pipeline;
import org.papergraph.extract.ResultFact;
import org.papergraph.extract.TestDictionaries;
import org.papergraph.ingest.Paper;

class ResultFinderTest {

  private static Pipeline pipeline;

  @BeforeAll
  static void load() {
    pipeline = Pipeline.load(TestDictionaries.small());
  }

  private static List<ResultFact> results(String text) {
    Extraction x = pipeline.extract(Paper.of("r", "t", text));
    return x.results();
  }

  @Test
  void absoluteScoreWithMetricAndBenchmark() {
    List<ResultFact> r = results("LLaMA-2-13B achieves 61.2% accuracy on MGSM.");
    assertEquals(1, r.size(), r.toString());
    ResultFact f = r.get(0);
    assertEquals(0, new BigDecimal("61.2").compareTo(f.value()));
    assertEquals("%", f.unit());
    assertEquals("61.2%", f.valueText());
    assertEquals("benchmark/mgsm", f.benchmarkKey());
    assertEquals("metric/accuracy", f.metricKey());
    assertEquals("model/llama-2-13b", f.subjectKey());
    assertEquals(false, f.relative());
  }

  @Test
  void fromToReportsBothScores() {
    List<ResultFact> r = results("Our method improves BLEU from 27.1 to 29.4 on WMT14.");
    assertEquals(2, r.size(), r.toString());
    assertEquals(0, new BigDecimal("27.1").compareTo(r.get(0).value()));
    assertEquals(0, new BigDecimal("29.4").compareTo(r.get(1).value()));
    assertTrue(r.stream().noneMatch(ResultFact::relative));
    assertEquals("benchmark/wmt14", r.get(1).benchmarkKey());
    assertEquals("metric/bleu", r.get(1).metricKey());
  }

  @Test
  void gainsAreRelative() {
    List<ResultFact> r = results("GPT-4 outperforms Mamba by 3.2 points on MGSM and gives a "
        + "2.17x speedup, while Mamba is 2times faster.");
    assertEquals(3, r.size(), r.toString());
    assertTrue(r.stream().allMatch(ResultFact::relative));
    assertEquals("points", r.get(0).unit());
    assertEquals("benchmark/mgsm", r.get(0).benchmarkKey());
    assertEquals("x", r.get(1).unit());
    assertEquals("2times", r.get(2).valueText());
  }

  @Test
  void slashPairsWithPointsAreRelativeGains() {
    List<ResultFact> r = results("GPT-4 outperforms Mamba by 0.22/1.68 F1/EM points on MGSM.");
    assertEquals(List.of("0.22", "1.68"), r.stream().map(f -> f.value().toPlainString()).toList());
    assertTrue(r.stream().allMatch(f -> f.relative() && "points".equals(f.unit())
        && "benchmark/mgsm".equals(f.benchmarkKey())), r.toString());
  }

  @Test
  void countsAndNamesAreNotScores() {
    assertEquals(List.of(), results("We evaluate GPT-4 on 12 tasks in 5 languages with 8B "
        + "parameters on GSM8K in 2023, improving on x2014."));
  }
}
