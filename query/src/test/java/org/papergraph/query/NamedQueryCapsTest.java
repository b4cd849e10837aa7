package org.papergraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.papergraph.query.Fixture.column;
import static org.papergraph.query.Fixture.named;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.graph.IriScheme;
import org.papergraph.graph.store.SummaryGraph;

/**
 * The listing queries cap their answers, so that they do not grow with the store, and the caps
 * keep the answers right: a store of 260 papers where one benchmark is named by every paper, has
 * 260 scores, and 60 other entities are named with it.
 */
class NamedQueryCapsTest {

    static final int PAPERS = 260;
    static final String MLS = "http://www.w3.org/ns/mls#";

    @TempDir
    static Path dir;

    static Dataset ds;

    @BeforeAll
    static void load() {
        ds = TDB2Factory.connectDataset(dir.toString());
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(ds, () -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            Node bench = iri("entity/benchmark/bigbench");
            Node metric = iri("entity/metric/accuracy");
            Node entities = iri("graph/entities");
            dsg.add(entities, bench, RDF.type.asNode(), pg("Benchmark"));
            dsg.add(entities, bench, RDFS.label.asNode(), NodeFactory.createLiteralString("BigBench"));
            dsg.add(entities, metric, RDF.type.asNode(), pg("Metric"));
            dsg.add(entities, metric, RDFS.label.asNode(), NodeFactory.createLiteralString("accuracy"));
            for (int i = 0; i < 60; i++) {
                Node other = iri("entity/model/m" + i);
                dsg.add(entities, other, RDF.type.asNode(), pg("Model"));
                dsg.add(entities, other, RDFS.label.asNode(), NodeFactory.createLiteralString("M" + i));
            }
            for (int i = 0; i < PAPERS; i++) {
                Node g = iri("graph/paper/p" + i);
                Node paper = iri("paper/p" + i);
                dsg.add(g, paper, RDF.type.asNode(), pg("Paper"));
                dsg.add(g, paper, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(id(i)));
                dsg.add(g, paper, DCTerms.title.asNode(), NodeFactory.createLiteralString("Paper " + i));
                dsg.add(g, paper, DCTerms.issued.asNode(), NodeFactory.createLiteralDT(
                        LocalDate.of(2020, 1, 1).plusDays(i).toString(), XSDDatatype.XSDdate));
                dsg.add(g, paper, pg("mentions"), bench);
                // paper i names model m(i mod 60) and, for i < 60, also m59: m59 shares the most papers
                dsg.add(g, paper, pg("mentions"), iri("entity/model/m" + (i % 60)));
                if (i < 60) {
                    dsg.add(g, paper, pg("mentions"), iri("entity/model/m59"));
                }
                if (i % 5 != 0) {
                    dsg.add(g, paper, pg("hasCode"), NodeFactory.createURI("https://github.com/x/p" + i));
                }
                Node result = iri("result/p" + i);
                dsg.add(g, result, pg("reportedIn"), paper);
                dsg.add(g, result, pg("benchmark"), bench);
                dsg.add(g, result, pg("subject"), iri("entity/model/m" + (i % 60)));
                dsg.add(g, result, NodeFactory.createURI(MLS + "specifiedBy"), metric);
                dsg.add(g, result, NodeFactory.createURI(MLS + "hasValue"),
                        NodeFactory.createLiteralDT(score(i), XSDDatatype.XSDdecimal));
            }
            SummaryGraph.recompute(dsg, IriScheme.defaults());
        });
    }

    @AfterAll
    static void close() {
        ds.close();
    }

    /** Scores in a shuffled order (7 is coprime with 260), all different, some tied by value. */
    static String score(int i) {
        return String.valueOf((i * 7) % PAPERS / 2) + ".5";
    }

    static String id(int i) {
        return String.format("p%03d", i);
    }

    static Node pg(String local) {
        return NodeFactory.createURI(Fixture.PG + local);
    }

    static Node iri(String path) {
        return NodeFactory.createURI(Fixture.ID + path);
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
    void leaderboardRanksTheBestHundredAsIfAllWereCounted() {
        var rows = named(ds, "leaderboard", Map.of("benchmark", "BigBench"));
        assertEquals(100, rows.size());
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
        assertEquals(all.get(99), Double.parseDouble(rows.get(99).get("value")));
    }

    @Test
    void entityDetailsKeepAPageOfPapersAndCountCoMentionsInThem() {
        var rows = named(ds, "entity-details", Map.of("entity", "BigBench"));
        var entity = rows.stream().filter(r -> r.get("kind").equals("entity")).toList();
        assertEquals(String.valueOf(PAPERS), entity.get(0).get("count"), "the count is over all papers");
        var papers = rows.stream().filter(r -> r.get("kind").equals("paper")).toList();
        Set<Integer> page = new HashSet<>();
        papers.forEach(r -> page.add(Integer.parseInt(r.get("paperId").substring(1))));
        assertEquals(100, page.size());
        var co = rows.stream().filter(r -> r.get("kind").equals("co-mention")).toList();
        assertEquals(50, co.size());
        // paper i names model m(i mod 60), and m59 when i < 60: count them in the same page
        for (var r : co) {
            int k = Integer.parseInt(r.get("label").substring(1));
            long shared = page.stream().filter(i -> i % 60 == k || (k == 59 && i < 60)).count();
            assertEquals(String.valueOf(shared), r.get("count"), r.toString());
        }
        assertEquals(100, rows.stream().filter(r -> r.get("kind").equals("result")).count());
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
}
