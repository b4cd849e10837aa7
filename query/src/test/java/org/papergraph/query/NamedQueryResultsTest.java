package org.papergraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.papergraph.query.Fixture.ID;
import static org.papergraph.query.Fixture.column;
import static org.papergraph.query.Fixture.named;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every named query on the TriG fixture in a real TDB2 directory. Expected rows are worked out by hand
 * from papers.trig (four papers, see the comments there), not copied from the queries' output.
 */
class NamedQueryResultsTest {

    @TempDir
    static Path dir;
    static Dataset ds;

    static final String P1 = "arxiv-2401.00001";
    static final String P2 = "arxiv-2402.00002";
    static final String P3 = "arxiv-2403.00003";
    static final String P4 = "arxiv-2404.00004";

    @BeforeAll
    static void load() {
        ds = Fixture.load(dir);
    }

    @AfterAll
    static void close() {
        ds.close();
    }

    private static List<Map<String, String>> run(String name, String... kv) {
        Map<String, String> params = new java.util.HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            params.put(kv[i], kv[i + 1]);
        }
        return named(ds, name, params);
    }

    @Test
    void fixtureOffsetsPointAtTheirAnchors() {
        var rows = Fixture.rows(ds, QueryRunner.parse("""
                PREFIX pg: <https://w3id.org/papergraph/vocab#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?a ?s ?e ?abs { ?m pg:inPaper ?p ; pg:anchor ?a ; pg:start ?s ; pg:end ?e .
                                       ?p dcterms:abstract ?abs }"""));
        assertEquals(26, rows.size());
        for (var r : rows) {
            assertEquals(r.get("a"), r.get("abs").substring(Integer.parseInt(r.get("s")), Integer.parseInt(r.get("e"))));
        }
    }

    @Test
    void papersForBenchmarkByLabelAliasAndIri() {
        var byLabel = run("papers-for-benchmark", "benchmark", "MMLU");
        assertEquals(Set.of(P1, P2, P4), new HashSet<>(column(byLabel, "paperId")));
        assertTrue(byLabel.stream().allMatch(r -> r.get("evaluatesOn").equals("true")));
        Map<String, String> results = new java.util.HashMap<>();
        byLabel.forEach(r -> results.put(r.get("paperId"), r.get("results")));
        assertEquals(Map.of(P1, "2", P2, "2", P4, "1"), results);
        var byAlias = run("papers-for-benchmark", "benchmark", "massive multitask LANGUAGE understanding");
        assertEquals(new HashSet<>(column(byLabel, "paperId")), new HashSet<>(column(byAlias, "paperId")));
        var byIri = run("papers-for-benchmark", "benchmark", ID + "entity/benchmark/mmlu");
        assertEquals(3, byIri.size());
        assertEquals(List.of(P2), column(run("papers-for-benchmark", "benchmark", "humaneval"), "paperId"));
        assertTrue(run("papers-for-benchmark", "benchmark", "No Such Benchmark").isEmpty());
        // a model's label is not a benchmark
        assertTrue(run("papers-for-benchmark", "benchmark", "Orca-7B").isEmpty());
    }

    @Test
    void benchmarksOfPaperByIdArxivIdAndTitle() {
        var byId = run("benchmarks-of-paper", "paper", P1);
        assertEquals(Set.of("MMLU", "GSM8K"), new HashSet<>(column(byId, "benchmarkLabel")));
        var byTitle = run("benchmarks-of-paper", "paper", "orca-7b: small models reason WELL");
        assertEquals(new HashSet<>(column(byId, "benchmarkLabel")), new HashSet<>(column(byTitle, "benchmarkLabel")));
        assertEquals(2, run("benchmarks-of-paper", "paper", "2401.00001").size());
        assertEquals(List.of("WikiText-103"), column(run("benchmarks-of-paper", "paper", P3), "benchmarkLabel"));
    }

    @Test
    void leaderboardRanksAbsoluteResultsByValue() {
        var rows = run("leaderboard", "benchmark", "MMLU");
        var accuracy = rows.stream().filter(r -> "accuracy".equals(r.get("metricLabel"))).toList();
        assertEquals(List.of("Orca-7B", "Mistral-7B", "LLaMA-2-13B", "LLaMA-2-13B"), column(accuracy, "subjectLabel"));
        assertEquals(List.of("71.2", "64.2", "55.0", "54.8"), column(accuracy, "value"));
        assertEquals(List.of("1", "2", "3", "4"), column(accuracy, "rank"));
        assertEquals(List.of(P1, P2, P2, P4), column(accuracy, "paperId"));
        // the relative "+2.5 points" result is not a leaderboard entry
        assertEquals(4, rows.size(), rows.toString());
        assertFalse(column(rows, "valueText").contains("+2.5 points"));
    }

    @Test
    void leaderboardKnowsLowerIsBetterForPerplexity() {
        var rows = run("leaderboard", "benchmark", "wikitext-103");
        assertEquals(List.of("TinyLM", "<script>alert(1)</script>Evil"), column(rows, "subjectLabel"));
        assertEquals(List.of("1", "2"), column(rows, "rank"));
        var gsm = run("leaderboard", "benchmark", "GSM-8K");
        assertEquals(1, gsm.size());
        assertEquals("40.1", gsm.get(0).get("value"));
        assertFalse(gsm.get(0).containsKey("metricLabel"));
    }

    @Test
    void modelsProposedByPaper() {
        var rows = run("models-proposed-by-paper", "paper", P1);
        assertEquals(List.of("Orca-7B"), column(rows, "modelLabel"));
        assertEquals(0.95, Double.parseDouble(rows.get(0).get("confidence")), 1e-9);
        assertEquals(List.of("TinyLM"), column(run("models-proposed-by-paper", "paper", P3), "modelLabel"));
        assertTrue(run("models-proposed-by-paper", "paper", P2).isEmpty());
    }

    @Test
    void papersWithCode() {
        var rows = run("papers-with-code");
        assertEquals(List.of(P1, P3), column(rows, "paperId"));
        assertEquals(List.of("https://github.com/example/orca", "https://github.com/example/tinylm"), column(rows, "code"));
    }

    @Test
    void topEntitiesPerTypeCountPapers() {
        var rows = run("top-entities-per-type");
        var benchmarks = rows.stream().filter(r -> r.get("typeName").equals("Benchmark")).toList();
        assertEquals(List.of("MMLU", "GSM8K", "HumanEval", "WikiText-103"), column(benchmarks, "label"));
        assertEquals(List.of("3", "2", "1", "1"), column(benchmarks, "papers"));
        var models = rows.stream().filter(r -> r.get("typeName").equals("Model")).toList();
        assertEquals("LLaMA-2-13B", models.get(0).get("label"));
        assertEquals("3", models.get(0).get("papers"));
        assertEquals("Orca-7B", models.get(1).get("label"));
        assertEquals(Set.of("Model", "Benchmark", "Dataset", "Metric", "Organization", "Task", "Method", "Language"),
                new HashSet<>(column(rows, "typeName")));
    }

    @Test
    void coOccurringBenchmarks() {
        var rows = run("co-occurring-benchmarks");
        assertEquals(2, rows.size(), rows.toString());
        assertEquals(Set.of("GSM8K", "MMLU"), Set.of(rows.get(0).get("benchmarkLabel"), rows.get(0).get("otherLabel")));
        assertEquals("2", rows.get(0).get("papers"));
        assertEquals(Set.of("HumanEval", "MMLU"), Set.of(rows.get(1).get("benchmarkLabel"), rows.get(1).get("otherLabel")));
        assertEquals("1", rows.get(1).get("papers"));
    }

    @Test
    void entitySearchIsCaseInsensitiveOverLabelsAndAliases() {
        assertEquals(List.of("LLaMA-2-13B"), column(run("entity-search", "text", "llama"), "label"));
        var alias = run("entity-search", "text", "LLAMA 2 1");
        assertEquals(List.of("LLaMA-2-13B"), column(alias, "label"));
        assertEquals("Llama 2 13B", alias.get(0).get("matched"));
        var pile = run("entity-search", "text", "pile");
        assertEquals(List.of("The Pile"), column(pile, "label"));
        assertEquals("Dataset", pile.get(0).get("typeName"));
        assertEquals("2", pile.get(0).get("papers"));
        assertTrue(run("entity-search", "text", "zzz").isEmpty());
    }

    @Test
    void modelsComparedOnBenchmark() {
        var rows = run("models-compared-on-benchmark", "benchmark", "MMLU");
        Map<String, Map<String, String>> byModel = new java.util.HashMap<>();
        rows.forEach(r -> byModel.put(r.get("modelLabel"), r));
        assertEquals(Set.of("Orca-7B", "Mistral-7B", "LLaMA-2-13B"), byModel.keySet());
        assertEquals("2", byModel.get("LLaMA-2-13B").get("results"));
        assertEquals("2", byModel.get("LLaMA-2-13B").get("papers"));
        assertEquals("54.8", byModel.get("LLaMA-2-13B").get("minValue"));
        assertEquals("55.0", byModel.get("LLaMA-2-13B").get("maxValue"));
        assertEquals("71.2", byModel.get("Orca-7B").get("maxValue"), "relative gain is not a value");
    }

    @Test
    void datasetsUsedByModelPapers() {
        // P1 proposes Orca-7B and names GSM8K, MMLU, The Pile; P3 proposes TinyLM and names
        // WikiText-103, The Pile; LLaMA-2-13B is only mentioned, so it pairs with nothing
        var rows = run("datasets-used-by-model-papers");
        Set<String> pairs = new HashSet<>();
        rows.forEach(r -> pairs.add(r.get("datasetLabel") + " / " + r.get("modelLabel") + " / " + r.get("typeName")
                + " / " + r.get("papers")));
        assertEquals(Set.of("GSM8K / Orca-7B / Benchmark / 1", "MMLU / Orca-7B / Benchmark / 1",
                "The Pile / Orca-7B / Dataset / 1", "The Pile / TinyLM / Dataset / 1",
                "WikiText-103 / TinyLM / Benchmark / 1"), pairs);
        assertEquals(List.of("GSM8K", "MMLU", "The Pile", "The Pile", "WikiText-103"), column(rows, "datasetLabel"));
    }

    @Test
    void trendingBenchmarks() {
        var rows = run("trending-benchmarks");
        assertEquals(List.of("MMLU", "GSM8K", "WikiText-103", "HumanEval"), column(rows, "benchmarkLabel"));
        assertEquals(List.of("3", "2", "1", "1"), column(rows, "papers"));
        assertEquals("2024-02-01", rows.get(0).get("latest"));
    }

    @Test
    void organizationsAndModels() {
        var rows = run("organizations-and-models");
        var meta = rows.stream().filter(r -> r.get("organizationLabel").equals("Meta")).toList();
        assertEquals("LLaMA-2-13B", meta.get(0).get("modelLabel"));
        assertEquals("2", meta.get(0).get("papers"));
        assertEquals(Set.of("LLaMA-2-13B", "Mistral-7B", "Orca-7B"), new HashSet<>(column(meta, "modelLabel")));
        var mistral = rows.stream().filter(r -> r.get("organizationLabel").equals("Mistral AI")).toList();
        assertEquals(3, mistral.size());
    }

    @Test
    void papersWithResultsNoCode() {
        var rows = run("papers-with-results-no-code");
        assertEquals(List.of(P2, P4), column(rows, "paperId"));
        assertEquals(List.of("3", "1"), column(rows, "results"));
    }

    @Test
    void proposedAndEvaluatedElsewhere() {
        var rows = run("proposed-and-evaluated-elsewhere");
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("Orca-7B", rows.get(0).get("entityLabel"));
        assertEquals(P1, rows.get(0).get("proposedIn"));
        assertEquals(P2, rows.get(0).get("evaluatedIn"));
        assertEquals("result subject", rows.get(0).get("how"));
    }

    @Test
    void paperDetailsListEverythingWithEvidenceSentences() {
        var rows = run("paper-details", "paper", P1);
        var paper = rows.get(0);
        assertEquals("paper", paper.get("kind"));
        assertEquals("Orca-7B: Small Models Reason Well", paper.get("title"));
        String abs = paper.get("abstract");
        var mentions = rows.stream().filter(r -> r.get("kind").equals("mention")).toList();
        assertEquals(6, mentions.size());
        assertEquals("13", mentions.get(0).get("start"));
        for (var m : mentions) {
            int start = Integer.parseInt(m.get("start"));
            assertEquals(sentenceAt(abs, start), m.get("evidence"), m.toString());
        }
        assertEquals("We introduce Orca-7B, a model trained on The Pile.", mentions.get(0).get("evidence"));
        assertEquals(List.of("Orca-7B"), column(rows.stream().filter(r -> r.get("kind").equals("proposes")).toList(), "label"));
        assertEquals(Set.of("MMLU", "GSM8K"), new HashSet<>(column(
                rows.stream().filter(r -> r.get("kind").equals("evaluatesOn")).toList(), "label")));
        var results = rows.stream().filter(r -> r.get("kind").equals("result")).toList();
        assertEquals(Set.of("71.2%", "40.1", "+2.5 points"), new HashSet<>(column(results, "valueText")));
        var mmlu = results.stream().filter(r -> "71.2%".equals(r.get("valueText"))).findFirst().orElseThrow();
        assertEquals("Orca-7B", mmlu.get("subjectLabel"));
        assertEquals("accuracy", mmlu.get("metricLabel"));
        assertEquals(sentenceAt(abs, abs.indexOf("MMLU")), mmlu.get("evidence"));
        assertEquals(List.of("https://github.com/example/orca"),
                column(rows.stream().filter(r -> r.get("kind").equals("code")).toList(), "node"));
    }

    @Test
    void paperDetailsPreferTheTextOfASentenceNode() {
        var results = run("paper-details", "paper", P2).stream().filter(r -> r.get("kind").equals("result")).toList();
        assertEquals(3, results.size());
        for (var r : results) {
            String expected = r.get("valueText").equals("30.5") ? "Orca-7B scores 30.5 on HumanEval."
                    : "Mistral-7B obtains 64.2% accuracy on MMLU while LLaMA-2-13B obtains 55.0%.";
            assertEquals(expected, r.get("evidence"), r.toString());
        }
    }

    /** The sentence of {@code text} containing {@code offset}, sentences ending at ". " (independent of the query). */
    private static String sentenceAt(String text, int offset) {
        int from = 0;
        for (String s : text.split("(?<=[.!?])\\s+")) {
            int at = text.indexOf(s, from);
            if (offset >= at && offset < at + s.length()) {
                return s;
            }
            from = at + s.length();
        }
        throw new AssertionError("offset " + offset + " outside text");
    }

    @Test
    void entityDetailsGiveTypeAliasesPapersAndCoMentions() {
        var rows = run("entity-details", "entity", "mmlu");
        var entity = rows.stream().filter(r -> r.get("kind").equals("entity")).toList();
        assertEquals(1, entity.size());
        assertEquals("Benchmark", entity.get(0).get("typeName"));
        assertEquals("3", entity.get(0).get("count"));
        assertEquals(List.of("Massive Multitask Language Understanding"),
                column(rows.stream().filter(r -> r.get("kind").equals("alias")).toList(), "label"));
        var papers = rows.stream().filter(r -> r.get("kind").equals("paper")).toList();
        assertEquals(Set.of(P1, P2, P4), new HashSet<>(column(papers, "paperId")));
        assertTrue(papers.stream().allMatch(r -> r.get("relation").contains("evaluatesOn")));
        var co = rows.stream().filter(r -> r.get("kind").equals("co-mention")).toList();
        Map<String, String> coCount = new java.util.HashMap<>();
        co.forEach(r -> coCount.put(r.get("label"), r.get("count")));
        assertEquals("3", coCount.get("LLaMA-2-13B"));
        assertEquals("2", coCount.get("GSM8K"));
        assertEquals("1", coCount.get("HumanEval"));
        assertFalse(coCount.containsKey("MMLU"));
        assertFalse(coCount.containsKey("TinyLM"));
        assertEquals(5, rows.stream().filter(r -> r.get("kind").equals("result")).count());
    }

    @Test
    void evaluationsOfModelByAlias() {
        var rows = run("evaluations-of-model", "model", "llama 2 13b");
        assertEquals(List.of("55.0", "54.8"), column(rows, "value"));
        assertEquals(List.of(P2, P4), column(rows, "paperId"));
        assertEquals(List.of("MMLU", "MMLU"), column(rows, "benchmarkLabel"));
    }

    @Test
    void searchFindsEntitiesAndPaperTitles() {
        var rows = run("search", "text", "llama");
        assertEquals(List.of("entity", "paper", "paper"), column(rows, "kind"));
        assertEquals("LLaMA-2-13B", rows.get(0).get("label"));
        assertEquals(Set.of(ID + "paper/" + P2, ID + "paper/" + P4), Set.of(rows.get(1).get("node"), rows.get(2).get("node")));
        var byId = run("search", "text", P3);
        assertEquals(List.of("TinyLM: a tiny language model"), column(byId, "label"));
    }
}
