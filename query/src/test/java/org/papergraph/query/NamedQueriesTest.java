package org.papergraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.junit.jupiter.api.Test;

/** The catalogue of named queries and parameter binding, without running them. */
class NamedQueriesTest {

    @Test
    void everyRqFileIsListedAndLoads() throws Exception {
        Set<String> onDisk;
        try (Stream<Path> files = Files.list(namedFolder())) {
            onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(onDisk, new TreeSet<>(NamedQueries.names()));
        assertTrue(NamedQueries.all().size() >= 15, "at least 15 named queries");
        for (NamedQuery q : NamedQueries.all()) {
            assertFalse(q.description().isBlank(), q.name());
            assertFalse(q.description().contains("\n"), q.name());
        }
    }

    private static Path namedFolder() throws URISyntaxException {
        return Path.of(NamedQueries.class.getResource("/org/papergraph/query/named/queries.list").toURI())
                .getParent();
    }

    @Test
    void requiredQueriesArePresentWithTheirParameters() {
        Map<String, java.util.List<String>> expected = Map.ofEntries(
                Map.entry("papers-for-benchmark", java.util.List.of("benchmark")),
                Map.entry("benchmarks-of-paper", java.util.List.of("paper")),
                Map.entry("leaderboard", java.util.List.of("benchmark")),
                Map.entry("models-proposed-by-paper", java.util.List.of("paper")),
                Map.entry("papers-with-code", java.util.List.of()),
                Map.entry("top-entities-per-type", java.util.List.of()),
                Map.entry("co-occurring-benchmarks", java.util.List.of()),
                Map.entry("entity-search", java.util.List.of("text")),
                Map.entry("models-compared-on-benchmark", java.util.List.of("benchmark")),
                Map.entry("datasets-used-by-model-papers", java.util.List.of()),
                Map.entry("trending-benchmarks", java.util.List.of()),
                Map.entry("organizations-and-models", java.util.List.of()),
                Map.entry("papers-with-results-no-code", java.util.List.of()),
                Map.entry("proposed-and-evaluated-elsewhere", java.util.List.of()),
                Map.entry("paper-details", java.util.List.of("paper")),
                Map.entry("entity-details", java.util.List.of("entity")));
        expected.forEach((name, params) -> assertEquals(params, NamedQueries.get(name).paramNames(), name));
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NamedQueries.get("leaderbord"));
        assertTrue(e.getMessage().contains("'leaderbord'"), e.getMessage());
        assertTrue(e.getMessage().contains("leaderboard"), e.getMessage());
        assertTrue(e.getMessage().contains("papers-with-code"), e.getMessage());
    }

    @Test
    void unknownAndMissingParametersAreNamed() {
        NamedQuery q = NamedQueries.get("leaderboard");
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> q.bind(Map.of("benchmark", "MMLU", "metric", "accuracy")));
        assertTrue(unknown.getMessage().contains("'metric'"), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("benchmark=VALUE"), unknown.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> q.bind(Map.of()));
        assertTrue(missing.getMessage().contains("'benchmark'"), missing.getMessage());
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
                () -> q.bind(Map.of("benchmark", "  ")));
        assertTrue(blank.getMessage().contains("'benchmark'"), blank.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> NamedQueries.get("trending-benchmarks").bind(Map.of("x", "1")));
        assertTrue(none.getMessage().contains("takes no parameters"), none.getMessage());
        IllegalArgumentException onlyPage = assertThrows(IllegalArgumentException.class,
                () -> NamedQueries.get("papers-with-code").bind(Map.of("x", "1")));
        assertTrue(onlyPage.getMessage().contains("it takes page=N"), onlyPage.getMessage());
        IllegalArgumentException notPaged = assertThrows(IllegalArgumentException.class,
                () -> NamedQueries.get("trending-benchmarks").bind(Map.of("page", "2")));
        assertTrue(notPaged.getMessage().contains("'page'"), notPaged.getMessage());
    }

    @Test
    void theSlowPerEntityViewsArePagedWithTheirPageSizes() {
        Map<String, Integer> expected = Map.of("entity-details", 50, "evaluations-of-model", 100,
                "leaderboard", 50, "papers-for-benchmark", 100, "papers-with-code", 200,
                "papers-with-results-no-code", 200, "proposed-and-evaluated-elsewhere", 200);
        for (NamedQuery q : NamedQueries.all()) {
            assertEquals(expected.getOrDefault(q.name(), 0), q.pageSize(), q.name());
            if (q.paged()) {
                assertTrue(q.description().contains("page=N"), q.name() + ": " + q.description());
                assertTrue(q.description().contains(String.valueOf(q.pageSize())), q.description());
            }
        }
    }

    @Test
    void aPageNumberBecomesTheOffsetOfEveryPageMark() {
        Query page3 = NamedQueries.get("entity-details").bind(Map.of("entity", "MMLU", "page", "3"));
        String text = oneLine(page3);
        // papers, the papers of the co-mentions and results: three pages of 50 after the first 100
        assertEquals(3, count(text, "OFFSET 100 LIMIT 50 }"), text);
        assertEquals(0, count(text, "OFFSET 0 "), text);
        Query leaderboard = NamedQueries.get("leaderboard").bind(Map.of("benchmark", "MMLU", "page", "2"));
        String lb = oneLine(leaderboard);
        assertEquals(1, count(lb, "OFFSET 50 LIMIT 50 }"), lb);
        // the results ranked against: everything up to the end of page 2
        assertEquals(1, count(lb, "OFFSET 0 LIMIT 100 }"), lb);
        // page 1 is the text as written, and the default
        assertEquals(NamedQueries.get("leaderboard").bind(Map.of("benchmark", "MMLU", "page", "1")),
                NamedQueries.get("leaderboard").bind(Map.of("benchmark", "MMLU")));
    }

    private static String oneLine(Query q) {
        return q.serialize().replaceAll("\\s+", " ");
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void badPageNumbersAreRefusedNamingQueryParameterAndValue() {
        NamedQuery q = NamedQueries.get("leaderboard");
        for (String bad : new String[] {"0", "-1", "x", "1.5", "", " 2", "+2", "100001", "99999999999999999999"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> q.bind(Map.of("benchmark", "MMLU", "page", bad)), bad);
            assertEquals("named query 'leaderboard': page must be a whole number from 1 to 100000, got '"
                    + bad + "'", e.getMessage());
        }
        assertEquals(100_000, NamedQuery.parsePage("100000"));
        assertEquals(7, NamedQuery.parsePage("007"));
    }

    @Test
    void theLoaderRejectsPagingWithoutAPlaceToApplyIt() {
        IllegalStateException noMark = assertThrows(IllegalStateException.class,
                () -> org.papergraph.query.named.NamedQueryLoader.parse("nomark",
                        "# description: x\n# page: 10\nSELECT * { { SELECT ?s { ?s ?p ?o } LIMIT 10 } }\n"));
        assertTrue(noMark.getMessage().startsWith("nomark.rq: ")
                && noMark.getMessage().contains("'LIMIT 10 OFFSET 0'"), noMark.getMessage());
        IllegalStateException onlyPrefix = assertThrows(IllegalStateException.class,
                () -> org.papergraph.query.named.NamedQueryLoader.parse("prefix",
                        "# description: x\n# page: 10\nSELECT * { { SELECT ?s { ?s ?p ?o } OFFSET 0 } }\n"));
        assertTrue(onlyPrefix.getMessage().contains("no (sub)query"), onlyPrefix.getMessage());
        IllegalStateException wrongSize = assertThrows(IllegalStateException.class,
                () -> org.papergraph.query.named.NamedQueryLoader.parse("size",
                        "# description: x\n# page: 10\nSELECT * { { SELECT ?s { ?s ?p ?o } LIMIT 20 OFFSET 0 } }\n"));
        assertTrue(wrongSize.getMessage().contains("LIMIT 20 OFFSET 0"), wrongSize.getMessage());
        IllegalStateException hidden = assertThrows(IllegalStateException.class,
                () -> org.papergraph.query.named.NamedQueryLoader.parse("hidden", "# description: x\n# page: 10\n"
                        + "SELECT * { { SELECT ?s { ?s ?p ?o } LIMIT 10 OFFSET 0 }"
                        + " FILTER EXISTS { { SELECT ?o { ?s ?p ?o } LIMIT 10 OFFSET 0 } } }\n"));
        assertTrue(hidden.getMessage().contains("2 OFFSET clauses but 1"), hidden.getMessage());
        IllegalStateException undeclared = assertThrows(IllegalStateException.class,
                () -> org.papergraph.query.named.NamedQueryLoader.parse("undeclared",
                        "# description: x\nSELECT * { { SELECT ?s { ?s ?p ?o } LIMIT 10 OFFSET 0 } }\n"));
        assertTrue(undeclared.getMessage().contains("no '# page: SIZE' header"), undeclared.getMessage());
        NamedQuery ok = org.papergraph.query.named.NamedQueryLoader.parse("ok",
                "# description: x\n# page: 10\nSELECT * { { SELECT ?s { ?s ?p ?o } LIMIT 10 OFFSET 0 } }\n");
        assertEquals(10, ok.pageSize());
        assertTrue(oneLine(ok.bind(Map.of("page", "4"))).contains("OFFSET 30 LIMIT 10 }"));
    }

    @Test
    void bindingReplacesTheVariableWithAnEscapedLiteral() {
        String hostile = "MMLU\" || true) } } DROP ALL # \n<x>";
        Query q = NamedQueries.get("leaderboard").bind(Map.of("benchmark", hostile));
        String text = q.serialize();
        assertFalse(text.contains("_benchmark"), text);
        assertFalse(text.contains("?benchmark =") && text.contains("= ?benchmark)"), text);
        // the value survives as one literal: re-parsing the serialized query yields the same query
        assertEquals(q, RunnerTestSupport.reparse(text));
        assertTrue(text.contains("\\\""), "quote escaped inside the literal: " + text);
    }

    @Test
    void headerParserRejectsUndeclaredVariables() {
        String text = "# description: x\nSELECT * { ?s ?p $_o }\n";
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> org.papergraph.query.named.NamedQueryLoader.parse("bad", text));
        assertTrue(e.getMessage().contains("bad.rq") && e.getMessage().contains("[o]"), e.getMessage());
        IllegalStateException noDescription = assertThrows(IllegalStateException.class,
                () -> org.papergraph.query.named.NamedQueryLoader.parse("bad", "SELECT * {}"));
        assertTrue(noDescription.getMessage().contains("description"), noDescription.getMessage());
    }
}
