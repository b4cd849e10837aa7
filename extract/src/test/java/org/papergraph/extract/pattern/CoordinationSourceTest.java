package org.papergraph.extract.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

class CoordinationSourceTest {

  private static TextAnalyzer analyzer;

  @BeforeAll
  static void load() {
    analyzer = TextAnalyzer.load();
  }

  private static Map<String, EntityType> run(String abs, List<Candidate> known) {
    Paper p = Paper.of("p", "A title", abs);
    List<Candidate> out = new ArrayList<>(known);
    new CoordinationSource().find(analyzer.analyze(p), out);
    return out.stream().filter(c -> c.source().equals(CoordinationSource.SOURCE))
        .collect(Collectors.toMap(c -> abs.substring(c.start(), c.end()), Candidate::type,
            (a, b) -> a));
  }

  @Test
  void aListWithAKnownLanguageListsLanguages() {
    String abs = "We evaluate eight LLMs on Latvian and Zorbish using a subset.";
    List<Candidate> latvian = List.of(Candidate.of(abs.indexOf("Latvian"),
        abs.indexOf("Latvian") + 7, false, EntityType.LANGUAGE, 0.9, "dictionary"));
    assertEquals(EntityType.LANGUAGE, run(abs, latvian).get("Zorbish"));
    // a region word before "languages" modifies the noun: not a language of its own
    String region = "We test Latvian, English and Zorbic languages in our study.";
    List<Candidate> known = List.of(Candidate.of(region.indexOf("Latvian"),
        region.indexOf("Latvian") + 7, false, EntityType.LANGUAGE, 0.9, "dictionary"));
    assertEquals(null, run(region, known).get("Zorbic"));
  }

  @Test
  void anEditionWordStaysWithItsName() {
    Map<String, EntityType> found = run("We release three benchmarks: ZorbEval Pro, QUUX Lite and"
        + " FooBench.", List.of());
    assertEquals(Map.of("ZorbEval Pro", EntityType.BENCHMARK, "QUUX Lite", EntityType.BENCHMARK,
        "FooBench", EntityType.BENCHMARK), found);
  }

  @Test
  void aPluralHeadNounTypesTheListAfterIt() {
    Map<String, EntityType> found = run("Evaluations on two large-scale datasets, Zorblat and"
        + " Quux Reviews, show gains.", List.of());
    assertEquals(Map.of("Zorblat", EntityType.BENCHMARK, "Quux Reviews", EntityType.BENCHMARK),
        found, "datasets in an evaluation sentence are benchmarks");
  }

  @Test
  void knownMembersTypeTheirNeighbours() {
    String abs = "It lags on copying tasks (e.g., 5-shot MMLU, Phonebook) and others.";
    int at = abs.indexOf("MMLU");
    Candidate mmlu = Candidate.of(at, at + 4, false, EntityType.BENCHMARK, 0.9, "dictionary");
    Map<String, EntityType> found = run(abs, List.of(mmlu));
    assertEquals(EntityType.BENCHMARK, found.get("Phonebook"));
  }

  @Test
  void plainWordsAndUntypedListsGiveNothing() {
    assertTrue(run("We study cats, dogs and birds in Paris and London.", List.of()).isEmpty());
  }

  @Test
  void resultsOnAListAreBenchmarks() {
    Map<String, EntityType> found = run("Our model achieves state-of-the-art accuracy on"
        + " FooQA, BarBench and Baz-2.", List.of());
    assertEquals(Map.of("FooQA", EntityType.BENCHMARK, "BarBench", EntityType.BENCHMARK,
        "Baz-2", EntityType.BENCHMARK), found);
  }

  @Test
  void oneNameAfterAPluralHeadAndACommaIsTheNextClausesSubject() {
    assertEquals(Map.of(), run("Through evaluations on multiple benchmarks, Zorbnet achieved"
        + " comparable performance.", List.of()));
  }

  @Test
  void whatAnEffectFallsOnIsNoListOfBenchmarks() {
    assertEquals(Map.of(), run("We evaluate the effect of pruning on Weight, Activation, and"
        + " Cache.", List.of()));
  }

  @Test
  void aListThatModifiesAPluralNounIsNoListOfBenchmarks() {
    assertEquals(Map.of(), run("We evaluate models across Zorbic, Quuxan and Fooish languages.",
        List.of()));
    assertEquals(Map.of("Zorbic", EntityType.BENCHMARK, "Quuxan", EntityType.BENCHMARK),
        run("We evaluate models across Zorbic and Quuxan.", List.of()));
  }
}
