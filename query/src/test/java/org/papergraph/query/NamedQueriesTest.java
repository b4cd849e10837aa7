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
                () -> NamedQueries.get("papers-with-code").bind(Map.of("x", "1")));
        assertTrue(none.getMessage().contains("takes no parameters"), none.getMessage());
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
