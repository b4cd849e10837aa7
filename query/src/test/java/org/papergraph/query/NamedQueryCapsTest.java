package org.papergraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.papergraph.query.Fixture.column;
import static org.papergraph.query.Fixture.named;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The listing queries cap their answers, so that they do not grow with the store, and the caps
 * keep the answers right: a store of 260 papers where one benchmark is named by every paper, has
 * 260 scores, and 60 other entities are named with it ({@link CapsStore}).
 */
class NamedQueryCapsTest {

    static final int PAPERS = CapsStore.PAPERS;

    @TempDir
    static Path dir;

    static Dataset ds;

    @BeforeAll
    static void load() {
        ds = CapsStore.load(dir);
    }

    @AfterAll
    static void close() {
        ds.close();
    }

    static String score(int i) {
        return CapsStore.score(i);
    }

    static Node pg(String local) {
        return CapsStore.pg(local);
    }

    static Node iri(String path) {
        return CapsStore.iri(path);
    }

    @Test
    void listingsStopAtTheirPageSize() {
        // 208 papers link code, one link each
        assertEquals(200, named(ds, "papers-with-code", Map.of()).size());
        // the other 52 have results and no code: all of them fit in one page
        var noCode = named(ds, "papers-with-results-no-code", Map.of());
        assertEquals(PAPERS / 5, noCode.size());
        assertTrue(noCode.stream().allMatch(r -> r.get("results").equals("1")), noCode.toString());
        assertTrue(named(ds, "trending-benchmarks", Map.of()).size() <= 200);
    }

    @Test
    void leaderboardRanksTheBestFiftyAsIfAllWereCounted() {
        var rows = named(ds, "leaderboard", Map.of("benchmark", "BigBench"));
        assertEquals(50, rows.size());
        List<Double> all = new ArrayList<>();
        for (int i = 0; i < PAPERS; i++) {
            all.add(Double.parseDouble(score(i)));
        }
        all.sort(Comparator.reverseOrder());
        for (var r : rows) {
            double v = Double.parseDouble(r.get("value"));
            long better = all.stream().filter(x -> x > v).count();
            assertEquals(String.valueOf(better + 1), r.get("rank"), r.toString());
        }
        assertEquals(all.get(0), Double.parseDouble(rows.get(0).get("value")));
        assertEquals(all.get(49), Double.parseDouble(rows.get(49).get("value")));
    }

    @Test
    void entityDetailsKeepAPageOfPapersAndCountCoMentionsInThem() {
        var rows = named(ds, "entity-details", Map.of("entity", "BigBench"));
        var entity = rows.stream().filter(r -> r.get("kind").equals("entity")).toList();
        assertEquals(String.valueOf(PAPERS), entity.get(0).get("count"), "the count is over all papers");
        var papers = rows.stream().filter(r -> r.get("kind").equals("paper")).toList();
        Set<Integer> page = new HashSet<>();
        papers.forEach(r -> page.add(Integer.parseInt(r.get("paperId").substring(1))));
        assertEquals(50, page.size());
        var co = rows.stream().filter(r -> r.get("kind").equals("co-mention")).toList();
        assertEquals(50, co.size());
        // paper i names model m(i mod 60), and m59 when i < 60: count them in the same page
        for (var r : co) {
            int k = Integer.parseInt(r.get("label").substring(1));
            long shared = page.stream().filter(i -> i % 60 == k || (k == 59 && i < 60)).count();
            assertEquals(String.valueOf(shared), r.get("count"), r.toString());
        }
        assertEquals(50, rows.stream().filter(r -> r.get("kind").equals("result")).count());
    }

    @Test
    void proposedAndEvaluatedElsewhereIsAPage() {
        Txn.executeWrite(ds, () -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            for (int i = 0; i < 3; i++) {
                dsg.add(iri("graph/paper/p" + i), iri("paper/p" + i), pg("proposes"), iri("entity/benchmark/bigbench"));
            }
        });
        try {
            var rows = named(ds, "proposed-and-evaluated-elsewhere", Map.of());
            // 3 proposers x 259 other papers with a result on it: far more pairs than the page
            assertEquals(200, rows.size());
            assertTrue(rows.stream().noneMatch(r -> r.get("proposedIn").equals(r.get("evaluatedIn"))));
        } finally {
            Txn.executeWrite(ds, () -> {
                for (int i = 0; i < 3; i++) {
                    ds.asDatasetGraph().delete(iri("graph/paper/p" + i), iri("paper/p" + i), pg("proposes"),
                            iri("entity/benchmark/bigbench"));
                }
            });
        }
    }

    // ---- paging: every row reachable, page after page ------------------------------------------

    /** Pages 1, 2, ... of a named query up to the first empty one, which must come by page {@code max}. */
    static List<List<Map<String, String>>> pages(String name, Map<String, String> params, int max) {
        List<List<Map<String, String>>> pages = new ArrayList<>();
        for (int page = 1; page <= max; page++) {
            Map<String, String> withPage = new HashMap<>(params);
            withPage.put("page", String.valueOf(page));
            var rows = named(ds, name, withPage);
            if (rows.isEmpty()) {
                Map<String, String> far = new HashMap<>(params);
                far.put("page", String.valueOf(NamedQuery.MAX_PAGE));
                assertEquals(List.of(), named(ds, name, far), "far beyond the end");
                return pages;
            }
            pages.add(rows);
        }
        throw new AssertionError(name + ": page " + max + " is still not empty");
    }

    static List<Integer> sizes(List<List<Map<String, String>>> pages) {
        return pages.stream().map(List::size).toList();
    }

    static List<String> all(List<List<Map<String, String>>> pages, String var) {
        return pages.stream().flatMap(p -> column(p, var).stream()).toList();
    }

    static Set<String> iris(String path, java.util.function.IntPredicate which) {
        Set<String> iris = new TreeSet<>();
        for (int i = 0; i < PAPERS; i++) {
            if (which.test(i)) {
                iris.add(Fixture.ID + path + i);
            }
        }
        return iris;
    }

    @Test
    void papersForBenchmarkPagesReachEveryPaperOnce() {
        var pages = pages("papers-for-benchmark", Map.of("benchmark", "BigBench"), 10);
        assertEquals(List.of(100, 100, 60), sizes(pages));
        List<String> papers = all(pages, "paper");
        assertEquals(papers.size(), new HashSet<>(papers).size(), "no paper on two pages");
        assertEquals(iris("paper/p", i -> true), new TreeSet<>(papers), "no paper left out");
        // page 1 is the default
        assertEquals(pages.get(0), named(ds, "papers-for-benchmark", Map.of("benchmark", "BigBench")));
    }

    @Test
    void evaluationsOfModelPagesReachEveryResultOnce() {
        var pages = pages("evaluations-of-model", Map.of("model", "Flagship"), 10);
        assertEquals(List.of(100, 30), sizes(pages));
        List<String> results = all(pages, "result");
        assertEquals(results.size(), new HashSet<>(results).size(), "no result on two pages");
        assertEquals(iris("result/p", i -> i % 2 == 0), new TreeSet<>(results));
    }

    @Test
    void leaderboardRanksOnEveryPageAreRanksOverAllResults() {
        var pages = pages("leaderboard", Map.of("benchmark", "BigBench"), 20);
        assertEquals(List.of(50, 50, 50, 50, 50, 10), sizes(pages));
        List<String> results = all(pages, "result");
        assertEquals(iris("result/p", i -> true), new TreeSet<>(results), "every result once");
        assertEquals(PAPERS, new HashSet<>(results).size());
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < PAPERS; i++) {
            values.add(Double.parseDouble(score(i)));
        }
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        double previous = Double.MAX_VALUE;
        for (var row : pages.stream().flatMap(List::stream).toList()) {
            double v = Double.parseDouble(row.get("value"));
            assertTrue(v <= previous, "best first across pages: " + row);
            previous = v;
            expected.add(String.valueOf(values.stream().filter(x -> x > v).count() + 1));
            actual.add(row.get("rank"));
        }
        assertEquals(expected, actual);
        // ties straddle page ends (each score is given twice): rank 51 is shared by two results
        assertTrue(actual.contains("51") || actual.get(50).equals(actual.get(49)), actual.toString());
    }

    @Test
    void entityDetailsPagesReachEveryPaperAndResultAndCountCoMentionsPerPage() {
        // every page has the entity's own rows; its papers and results end after 260 of each
        List<Set<Integer>> paperPages = new ArrayList<>();
        List<String> results = new ArrayList<>();
        for (int n = 1; n <= 6; n++) {
            var rows = named(ds, "entity-details", Map.of("entity", "BigBench", "page", String.valueOf(n)));
            assertEquals(String.valueOf(PAPERS), kind(rows, "entity").get(0).get("count"));
            Set<Integer> page = new TreeSet<>();
            kind(rows, "paper").forEach(r -> page.add(Integer.parseInt(r.get("paperId").substring(1))));
            kind(rows, "result").forEach(r -> results.add(r.get("node")));
            if (!page.isEmpty()) {
                paperPages.add(page);
                assertCoMentionsCountedIn(page, kind(rows, "co-mention"));
            }
        }
        assertEquals(List.of(50, 50, 50, 50, 50, 10), paperPages.stream().map(Set::size).toList());
        Set<Integer> papers = new TreeSet<>();
        paperPages.forEach(papers::addAll);
        assertEquals(PAPERS, papers.size(), "every paper on exactly one page");
        assertEquals(PAPERS, results.size());
        assertEquals(iris("result/p", i -> true), new TreeSet<>(results), "every result on exactly one page");
        var after = named(ds, "entity-details", Map.of("entity", "BigBench", "page", "7"));
        assertEquals(List.of("entity"), after.stream().map(r -> r.get("kind")).distinct().toList(),
                "past the last page: the entity, and no papers, co-mentions or results");
    }

    static List<Map<String, String>> kind(List<Map<String, String>> rows, String kind) {
        return rows.stream().filter(r -> r.get("kind").equals(kind)).toList();
    }

    /** Paper i names model m(i mod 60), and m59 when i < 60: the counts are over the page's papers. */
    static void assertCoMentionsCountedIn(Set<Integer> page, List<Map<String, String>> co) {
        assertFalse(co.isEmpty());
        for (var r : co) {
            int k = Integer.parseInt(r.get("label").substring(1));
            long shared = page.stream().filter(i -> i % 60 == k || (k == 59 && i < 60)).count();
            assertEquals(String.valueOf(shared), r.get("count"), r.toString());
        }
    }

    @Test
    void listingPagesReachEveryRowOnce() {
        var code = pages("papers-with-code", Map.of(), 10);
        assertEquals(List.of(200, PAPERS * 4 / 5 - 200), sizes(code));
        List<String> links = all(code, "code");
        assertEquals(PAPERS * 4 / 5, new HashSet<>(links).size(), "208 links, none twice");
        assertEquals(List.of(PAPERS / 5), sizes(pages("papers-with-results-no-code", Map.of(), 10)));
    }
}
