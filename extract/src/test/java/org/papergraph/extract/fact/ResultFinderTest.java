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
  void theOneBenchmarkOfASentenceHoldsItsScoresAndInNamesTheMetric() {
    List<ResultFact> r = results("Experiments on the MGSM dataset show that our hybrid approach"
        + " substantially outperforms all the baseline methods we tried, achieving a relative"
        + " improvement of 50 percent in accuracy and 47 percent in terms of BLEU.");
    assertEquals(List.of("50 benchmark/mgsm metric/accuracy", "47 benchmark/mgsm metric/bleu"),
        r.stream().map(f -> f.value().toPlainString() + " " + f.benchmarkKey() + " "
            + f.metricKey()).toList());
    // the data a model was trained on is not where it was scored
    List<ResultFact> t = results("Trained on MGSM, the resulting model of this rather long"
        + " sentence that goes on and on about many things eventually reaches 61.2% accuracy.");
    assertEquals(1, t.size(), t.toString());
    assertEquals(null, t.get(0).benchmarkKey());
    // a size saving is a property of the system, not a score on that benchmark
    List<ResultFact> z = results("In the evaluation of the MGSM corpus, the proposed GPT-4 model"
        + " achieves a better accuracy, a better BLEU and a better perplexity, with 90% fewer"
        + " parameters.");
    assertTrue(z.stream().noneMatch(f -> "benchmark/mgsm".equals(f.benchmarkKey())),
        z.toString());
  }

  @Test
  void aPossessiveBeforeTheScoreNamesItsOwner() {
    List<ResultFact> r = results("Mamba raises MGSM accuracy from 2.2 to 66.3, surpassing"
        + " GPT-4's original 64.2 performance.");
    assertEquals(List.of("2.2 model/mamba", "66.3 model/mamba", "64.2 model/gpt-4"),
        r.stream().map(f -> f.value().toPlainString() + " " + f.subjectKey()).toList());
  }

  @Test
  void aNamedMetricReportsWithoutAVerb() {
    List<ResultFact> r = results("The highest BLEU observed on WMT14 was 31.2, while the"
        + " corpus has 12 languages.");
    assertEquals(List.of("31.2 wmt14 metric/bleu"), r.stream().map(f -> f.value()
        .toPlainString() + " " + f.benchmarkKey().replaceAll(".*/", "") + " " + f.metricKey())
        .toList());
    assertTrue(results("The corpus on WMT14 was 31.2 hours long.").isEmpty());
    // a drop is a weakness found
    assertTrue(results("The BLEU of GPT-4 on WMT14 drops from 31.2 to 25.3.").isEmpty());
  }

  @Test
  void aRangeIsOneScoreWrittenAsARange() {
    List<ResultFact> r = results("Models score 45\u201363% accuracy on ZorbQA and 30--50% on "
        + "QuuxBench, while ties are 2-1.");
    assertEquals(List.of("45 45\u201363%", "30 30--50%"), r.stream().map(f -> f.value()
        .toPlainString() + " " + f.valueText()).toList());
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
  void aBenchmarkNamingTheMetricHoldsItsScores() {
    List<ResultFact> r = results("GPT-4 gains fast, e.g. MGSM accuracy rising from 63% to 80% and"
        + " WMT14 reaching 46.7%.");
    assertEquals(List.of("63 benchmark/mgsm", "80 benchmark/mgsm", "46.7 benchmark/wmt14"),
        r.stream().map(f -> f.value().toPlainString() + " " + f.benchmarkKey()).toList());
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
    // a count of steps with a word between is still a count; the score beside it is kept
    assertEquals(List.of("67"), values("GPT-4 achieves 67% accuracy on MGSM with 400 training"
        + " steps."));
  }

  private static ResultFact only(List<ResultFact> r) {
    assertEquals(1, r.size(), r.toString());
    return r.get(0);
  }

  @Test
  void theSubjectIsNotTheBaselineItBeats() {
    ResultFact f = only(results("We propose ZorbNet. ZorbNet outperforms GPT-4 by 4.5% on MGSM."));
    assertEquals("method/zorbnet", f.subjectKey());
    assertTrue(f.relative());
    assertEquals("%", f.unit());
    f = only(results("We propose ZorbNet. Compared to GPT-4, our model reaches 61.2% on MGSM."));
    assertEquals("method/zorbnet", f.subjectKey(), "GPT-4 is the baseline, not ours");
  }

  @Test
  void parenthesizedScoresAfterNamesAndScoresOf() {
    List<ResultFact> r = results("Mamba (61.2) vs GPT-4 (58.3) on MGSM, as of GPT-4 (2023).");
    assertEquals(List.of("61.2", "58.3"), r.stream().map(ResultFact::valueText).toList());
    assertEquals("model/gpt-4", r.get(1).subjectKey());
    assertTrue(r.stream().allMatch(f -> "benchmark/mgsm".equals(f.benchmarkKey())));
    ResultFact f = only(results("We propose ZorbNet. ZorbNet reaches a score of 72.5 on MGSM."));
    assertEquals("72.5", f.valueText());
    assertEquals("benchmark/mgsm", f.benchmarkKey());
    assertEquals("61.7", only(results("Mamba achieves 61.7 on ImageNet.")).valueText());
  }

  @Test
  void respectivelyPairsScoresWithBenchmarksInOrder() {
    List<ResultFact> r = results("GPT-4 achieves 61.2%, 45.3% and 30.1% on MGSM, WMT14 and "
        + "ImageNet, respectively.");
    assertEquals(List.of("benchmark/mgsm", "benchmark/wmt14", "benchmark/imagenet"),
        r.stream().map(ResultFact::benchmarkKey).toList());
    assertEquals(List.of("benchmark/mgsm", "benchmark/wmt14"), results("GPT-4 achieves 61.2% on "
        + "MGSM and 45.3% on WMT14.").stream().map(ResultFact::benchmarkKey).toList());
  }

  @Test
  void respectivelyPairsTheScoresAfterTheLastBenchmarkWithTheBenchmarksBeforeThem() {
    List<ResultFact> r = results("GPT-4 scores 61.2% on MGSM and 45.3% on WMT14, surpassing"
        + " Mamba by 4.1% and 2.5%, respectively.");
    assertEquals(List.of("benchmark/mgsm", "benchmark/wmt14", "benchmark/mgsm",
        "benchmark/wmt14"), r.stream().map(ResultFact::benchmarkKey).toList());
    // the data a rival was trained on is not one of the benchmarks counted
    r = results("On MGSM and WMT14, GPT-4 surpasses Mamba trained on the full ImageNet by 4.1% and"
        + " 2.5%, respectively.");
    assertEquals(List.of("benchmark/mgsm", "benchmark/wmt14"), r.stream()
        .map(ResultFact::benchmarkKey).toList());
  }

  @Test
  void aBenchmarkAfterTheNextClaimIsThatClaimsBenchmark() {
    List<ResultFact> r = results("GPT-4 achieves up to a 3.2x speedup over Mamba, as well as a"
        + " 2.5x reduction in wall-clock time on MGSM.");
    assertEquals(2, r.size(), r.toString());
    assertEquals(null, r.get(0).benchmarkKey(), r.toString());
    assertEquals("benchmark/mgsm", r.get(1).benchmarkKey(), r.toString());
    // "from ... to ..." is one claim: both numbers are on the benchmark
    assertEquals(List.of("benchmark/mgsm", "benchmark/mgsm"), results("GPT-4 improves accuracy"
        + " from 27.1% to 29.4% on MGSM.").stream().map(ResultFact::benchmarkKey).toList());
  }

  @Test
  void listedScoresParenthesizedScoresAndPerformanceOf() {
    Paper p = Paper.of("r", "ZorbBench: A Benchmark for Latvian", "We build ZorbBench. GPT-4"
        + " outperforms others, scoring 92.8% in English, 88.8% in Latvian, and 70.8% in Zorbic."
        + " Mamba (35.6%) and LLaMA-2-13B (41%) are weak in Latvian. The best agent achieves"
        + " 14.4%, below the human performance of 78.5%.");
    List<ResultFact> r = pipeline.extract(p).results();
    assertEquals(List.of("92.8", "88.8", "70.8", "35.6", "41", "14.4", "78.5"), r.stream()
        .map(x -> x.value().toPlainString()).toList());
    assertTrue(r.stream().allMatch(x -> "benchmark/zorbbench".equals(x.benchmarkKey())),
        r.toString());
    assertEquals(List.of("model/gpt-4", "model/gpt-4", "model/gpt-4", "model/mamba",
        "model/llama-2-13b"), r.subList(0, 5).stream().map(ResultFact::subjectKey).toList());
    // a list goes on only with scores, not with counts
    assertEquals(List.of("92.8"), values("GPT-4 scores 92.8% on MGSM, 10% of questions."));
  }

  @Test
  void speedupsAndGroupedGains() {
    List<ResultFact> r = results("On MGSM, GPT-4 is strong, and Mamba generates text 3.1x faster "
        + "than the Transformer.");
    ResultFact f = only(r);
    assertEquals("x", f.unit());
    assertEquals(null, f.benchmarkKey(), "a speed ratio clauses after a benchmark is not on it");
    r = results("GPT-4 beats Mamba by 0.22/1.68 F1/EM (exact match) points on MGSM.");
    assertEquals(List.of("0.22", "1.68"), r.stream().map(x -> x.value().toPlainString()).toList());
    assertTrue(r.stream().allMatch(x -> "points".equals(x.unit()) && x.relative()));
  }

  @Test
  void sharesAndCountsWithoutBenchmarkOrMetricAreNotScores() {
    assertEquals(List.of(), results("Mamba uses less pre-training data (10%) and a 10% reduction "
        + "hurts; 38 scores are lower than before."));
    assertEquals(1, results("Mamba improves by 2.65 points on average.").size(),
        "points are always a score difference");
  }

  @Test
  void percentGainsAreResultsEvenWithoutBenchmarkOrMetric() {
    List<ResultFact> r = results("Mamba brings an average improvement of 46.9% over prior work,"
        + " with 5.4% average mono-lingual gains and a 3.0% out-of-the-box performance boost.");
    assertEquals(List.of("46.9", "5.4", "3.0"), r.stream().map(x -> x.value().toPlainString())
        .toList(), r.toString());
    assertTrue(r.stream().allMatch(x -> x.relative() && "%".equals(x.unit())));
    assertEquals(1, results("Mamba outperforms all baselines by 12% overall.").size());
    // a share stays a share
    assertEquals(List.of(), results("Mamba improves quality with 10% of the data."));
  }

  @Test
  void listMarkersAndModifiersAreNotScores() {
    List<ResultFact> r = results("We measure (1) accuracy and (2) latency; Mamba reaches 61.2% "
        + "accuracy on MGSM under 4-bit weights.");
    assertEquals(List.of("61.2"), r.stream().map(x -> x.value().toPlainString()).toList(),
        r.toString());
  }

  @Test
  void aComparedDecimalIsTheSameMeasure() {
    List<ResultFact> r = results("GPT-4 achieves 8.43 perplexity on MGSM, compared to 7.81 in"
        + " the original model and 12.23 with Mamba.");
    assertEquals(List.of("8.43", "7.81", "12.23"), r.stream().map(x -> x.value().toPlainString())
        .toList(), r.toString());
    assertTrue(r.stream().allMatch(x -> "benchmark/mgsm".equals(x.benchmarkKey())
        && "metric/perplexity".equals(x.metricKey())), r.toString());
    // not after a score with a unit, and not a count
    assertEquals(1, results("GPT-4 achieves 61.2% accuracy on MGSM compared to 2.5 hours of"
        + " training.").size());
  }

  @Test
  void anOpeningBenchmarkScopesTheSentenceAndTrainingDataIsNoBenchmark() {
    List<ResultFact> r = results("On MGSM, Mamba, with a much longer and more elaborate training"
        + " recipe than before, lowers perplexity from 18.65 to 1.80.");
    assertEquals(2, r.size(), r.toString());
    assertTrue(r.stream().allMatch(x -> "benchmark/mgsm".equals(x.benchmarkKey())), r.toString());
    List<ResultFact> t = results("Trained on fragments from The Pile, Mamba achieves a 7.19%"
        + " increase in accuracy.");
    assertEquals(1, t.size(), t.toString());
    assertEquals(null, t.get(0).benchmarkKey(), t.toString());
  }

  @Test
  void differencesSizeRatiosAndDecibels() {
    List<ResultFact> r = results("Mamba outperforms the baselines by an average of 12.6% and"
        + " brings gains (11.0% for 2B and 17.4% for 7B) over GPT-4.");
    assertEquals(List.of("12.6", "11.0", "17.4"), r.stream().map(x -> x.value().toPlainString())
        .toList(), r.toString());
    assertTrue(r.stream().allMatch(ResultFact::relative), r.toString());
    assertEquals(List.of(), results("Mamba matches GPT-4 with a 63 times smaller dataset and 10x"
        + " fewer trainable parameters."));
    assertEquals(List.of(), results("GPT-4 is tested on the most comprehensive set of tasks (4x"
        + " more tasks than the previous benchmark MGSM)."));
    List<ResultFact> db = results("Mamba achieves an average improvement of 1.5 dB in BLEU.");
    assertEquals(1, db.size(), db.toString());
    assertEquals("metric/bleu", db.get(0).metricKey());
  }

  @Test
  void aBenchmarkComparedAgainstIsNotWhereTheScoreWasMeasured() {
    List<ResultFact> r = results("The new test drops accuracy by 9%, outperforming MGSM in"
        + " difficulty.");
    assertEquals(1, r.size(), r.toString());
    assertEquals(null, r.get(0).benchmarkKey(), r.toString());
    // "over the baseline on X" still reports on X
    List<ResultFact> o = results("GPT-4 gains 3.2 points over the baseline on MGSM.");
    assertEquals("benchmark/mgsm", only(o).benchmarkKey());
  }

  @Test
  void gainListsRetainedSharesAndMetricSuffixes() {
    List<ResultFact> r = results("Our method achieves 2.17%, 2.37%, and 2.39% accuracy gains on"
        + " GPT-4, Mamba and LLaMA 2.");
    assertEquals(List.of("2.17", "2.37", "2.39"), r.stream().map(x -> x.value().toPlainString())
        .toList(), r.toString());
    List<ResultFact> kept = results("The pruned Mamba retains 97% of the dense model's"
        + " performance while removing 50% of its weights.");
    assertEquals(List.of("97"), kept.stream().map(x -> x.value().toPlainString()).toList(),
        kept.toString());
    assertEquals(false, kept.get(0).relative());
    List<ResultFact> pass = results("GPT-4 achieves 75.2 Pass@1 and 82.4 Pass@3 on MGSM.");
    assertTrue(pass.stream().noneMatch(x -> x.value().toPlainString().equals("3")
        || x.value().toPlainString().equals("1")), pass.toString());
  }

  @Test
  void aReductionByARangeIsTwoGains() {
    List<ResultFact> r = results("Our projector compresses the visual tokens by 75%~89% while"
        + " keeping quality.");
    assertEquals(List.of("75", "89"), r.stream().map(x -> x.value().toPlainString()).toList(),
        r.toString());
    assertTrue(r.stream().allMatch(ResultFact::relative));
  }

  @Test
  void oneScoreForCoordinatedBenchmarksIsOnEach() {
    List<ResultFact> r = results("GPT-4 reaches more than 90% pass@1 accuracy, in MGSM and"
        + " WMT14.");
    assertEquals(List.of("benchmark/mgsm", "benchmark/wmt14"), r.stream()
        .map(ResultFact::benchmarkKey).toList(), r.toString());
    assertEquals(List.of("benchmark/mgsm", "benchmark/wmt14"), results("GPT-4 achieves 61.2% on"
        + " MGSM and 45.3% on WMT14.").stream().map(ResultFact::benchmarkKey).toList());
  }

  @Test
  void aBenchmarkPapersScoresDefaultToItsOwnBenchmark() {
    Extraction x = pipeline.extract(Paper.of("b", "ZorbBench: A Benchmark for Zorbs", "We"
        + " introduce ZorbBench, a benchmark of zorbs. The best model, GPT-4, scores only 28.9% on"
        + " average. Mamba reaches 61.2% on MGSM."));
    assertEquals(List.of("benchmark/zorbbench", "benchmark/mgsm"), x.results().stream()
        .map(ResultFact::benchmarkKey).toList(), x.results().toString());
    // a paper that proposes no benchmark leaves the benchmark open
    Extraction y = pipeline.extract(Paper.of("m", "ZorbNet: A Model", "We introduce ZorbNet."
        + " The best model, GPT-4, scores only 28.9% on average."));
    assertEquals(1, y.results().size(), y.results().toString());
    assertEquals(null, y.results().get(0).benchmarkKey());
  }

  private static List<String> values(String text) {
    return results(text).stream().map(x -> x.value().toPlainString()).toList();
  }

  @Test
  void numbersJoinedByAndShareTheUnitAndRespectivelyLooksBackToo() {
    List<ResultFact> r = results("Extensive experiments show its effectiveness: on MGSM and WMT14,"
        + " GPT-4 surpasses strong baselines by 11.9 and 8.5 points in F1, respectively.");
    assertEquals(List.of("11.9", "8.5"), r.stream().map(x -> x.value().toPlainString()).toList());
    assertEquals(List.of("benchmark/mgsm", "benchmark/wmt14"), r.stream()
        .map(ResultFact::benchmarkKey).toList());
    assertTrue(r.stream().allMatch(x -> "points".equals(x.unit()) && x.relative()), r.toString());
  }

  @Test
  void speedupsRangesAndSlashPairs() {
    assertEquals(List.of("3.2"), values("Mamba achieves a speed-up ratio of up to 3.2 compared"
        + " with GPT-4."));
    assertEquals(List.of("27.5", "36"), values("We observe a 27.5% speedup over GPT-4 and 36%"
        + " faster convergence."));
    assertEquals(List.of("2.7", "4.3"), values("Mamba attains a 2.7%/4.3% accuracy boost over"
        + " GPT-4."));
    assertEquals(List.of("2.7", "3.5"), values("Mamba achieves a latency speedup of 2.7x-3.5x."));
    assertEquals(List.of(), values("Mamba competes with 3x, 14x, 18x, and 26x larger models."));
  }

  @Test
  void theDataAModelUsedIsNotWhereItWasScored() {
    List<ResultFact> r = results("Models using our The Pile corpus achieved 17.57% improvements"
        + " over GPT-4.");
    assertEquals(1, r.size(), r.toString());
    assertEquals(null, r.get(0).benchmarkKey(), r.toString());
  }
}
