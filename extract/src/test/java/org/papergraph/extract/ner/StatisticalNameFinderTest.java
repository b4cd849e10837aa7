package org.papergraph.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.papergraph.extract.EntityType;

class StatisticalNameFinderTest {

  private static TokenNameFinderModel model;

  @BeforeAll
  static void train() throws Exception {
    model = NameFinderTrainer.train(SyntheticCorpus.samples(), NameFinderTrainerTest.TINY);
  }

  private static List<String[]> sentences() {
    List<String[]> sentences = new ArrayList<>();
    for (String name : List.of("ZorbaQA", "KiloQA", "TriviaQA", "OpenBookQA", "qa", "QA")) {
      sentences.add(("We evaluate our model on the " + name + " dataset .").split(" "));
      sentences.add(("Results on " + name + " and on " + name + " show large gains .").split(" "));
      sentences.add(("We report accuracy on " + name + " .").split(" "));
    }
    return sentences;
  }

  @Test
  void twoThreadsGetTheSameAnswersAsOne() throws Exception {
    StatisticalNameFinder finder = new StatisticalNameFinder(model);
    List<String[]> sentences = sentences();
    List<List<TypedTokenSpan>> serial = sentences.stream().map(finder::find).toList();
    assertTrue(serial.stream().anyMatch(names -> !names.isEmpty()), "the model finds something");

    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<List<TypedTokenSpan>>>> runs = new ArrayList<>();
      for (boolean reversed : new boolean[] {false, true}) {
        runs.add(pool.submit(() -> {
          start.await();
          List<List<TypedTokenSpan>> all = new ArrayList<>();
          for (int round = 0; round < 20; round++) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < sentences.size(); i++) {
              order.add(i);
            }
            if (reversed) {
              Collections.reverse(order);
            }
            List<List<TypedTokenSpan>> results = new ArrayList<>(Collections.nCopies(order.size(),
                null));
            order.forEach(i -> results.set(i, finder.find(sentences.get(i))));
            all.addAll(results);
          }
          return all;
        }));
      }
      start.countDown();
      for (Future<List<List<TypedTokenSpan>>> run : runs) {
        List<List<TypedTokenSpan>> all = run.get();
        for (int i = 0; i < all.size(); i++) {
          assertEquals(serial.get(i % serial.size()), all.get(i), "sentence " + i % serial.size());
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void findDoesNotRememberEarlierSentences() {
    StatisticalNameFinder used = new StatisticalNameFinder(model);
    List<String[]> sentences = sentences();
    sentences.forEach(used::find);
    StatisticalNameFinder fresh = new StatisticalNameFinder(model);
    for (String[] sentence : sentences) {
      assertEquals(fresh.find(sentence), used.find(sentence));
    }
  }

  @Test
  void documentModeGivesOneListPerSentence() {
    StatisticalNameFinder finder = new StatisticalNameFinder(model);
    List<String[]> sentences = sentences();
    List<List<TypedTokenSpan>> names = finder.findInDocument(sentences);
    assertEquals(sentences.size(), names.size());
    assertEquals(finder.findInDocument(sentences), names, "adaptive data cleared after a document");
    assertEquals(List.of(), finder.find(new String[0]));
  }

  @Test
  void bundledModelFindsTdmsciTypes() {
    StatisticalNameFinder finder = StatisticalNameFinder.bundled();
    assertTrue(StatisticalNameFinder.bundledModel() == StatisticalNameFinder.bundledModel());
    String[] tokens = "We report BLEU scores for machine translation on the WMT14 English-German dataset ."
        .split(" ");
    List<TypedTokenSpan> names = finder.find(tokens);
    assertTrue(names.contains(new TypedTokenSpan(2, 3, "METRIC", names.stream()
        .filter(n -> n.start() == 2).mapToDouble(TypedTokenSpan::probability).findFirst()
        .orElse(0))), "BLEU is a metric: " + names);
    for (TypedTokenSpan name : names) {
      assertTrue(name.end() <= tokens.length, name.toString());
      EntityType type = name.entityType().orElseThrow();
      assertTrue(type == EntityType.TASK || type == EntityType.DATASET
          || type == EntityType.METRIC, name.toString());
    }
  }
}
