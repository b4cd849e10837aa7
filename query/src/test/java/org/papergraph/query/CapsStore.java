package org.papergraph.query;

import java.nio.file.Path;
import java.time.LocalDate;

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
import org.papergraph.graph.IriScheme;
import org.papergraph.graph.store.SummaryGraph;

/**
 * Test helper: a TDB2 store larger than every page. 260 papers all name the benchmark BigBench and
 * report one accuracy score on it; paper i also names model M(i mod 60) (and M59 when i < 60), 4 in
 * 5 link code, and its result's subject is the model Flagship for even i (130 results), else
 * M(i mod 60).
 */
final class CapsStore {

    static final int PAPERS = 260;
    static final String MLS = "http://www.w3.org/ns/mls#";

    private CapsStore() {
    }

    /** The store in {@code dir}, union default graph on, summary graph computed. */
    static Dataset load(Path dir) {
        Dataset ds = TDB2Factory.connectDataset(dir.toString());
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
            dsg.add(entities, flagship(), RDF.type.asNode(), pg("Model"));
            dsg.add(entities, flagship(), RDFS.label.asNode(), NodeFactory.createLiteralString("Flagship"));
            for (int i = 0; i < 60; i++) {
                Node other = iri("entity/model/m" + i);
                dsg.add(entities, other, RDF.type.asNode(), pg("Model"));
                dsg.add(entities, other, RDFS.label.asNode(), NodeFactory.createLiteralString("M" + i));
            }
            for (int i = 0; i < PAPERS; i++) {
                addPaper(dsg, i, bench, metric);
            }
            SummaryGraph.recompute(dsg, IriScheme.defaults());
        });
        return ds;
    }

    private static void addPaper(DatasetGraph dsg, int i, Node bench, Node metric) {
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
        dsg.add(g, result, pg("subject"), i % 2 == 0 ? flagship() : iri("entity/model/m" + (i % 60)));
        dsg.add(g, result, NodeFactory.createURI(MLS + "specifiedBy"), metric);
        dsg.add(g, result, NodeFactory.createURI(MLS + "hasValue"),
                NodeFactory.createLiteralDT(score(i), XSDDatatype.XSDdecimal));
    }

    static Node flagship() {
        return iri("entity/model/flagship");
    }

    /** Scores in a shuffled order (7 is coprime with 260), each value given twice: ties. */
    static String score(int i) {
        return String.valueOf((i * 7) % PAPERS / 2) + ".5";
    }

    static String id(int i) {
        return String.format(java.util.Locale.ROOT, "p%03d", i);
    }

    static Node pg(String local) {
        return NodeFactory.createURI(Fixture.PG + local);
    }

    static Node iri(String path) {
        return NodeFactory.createURI(Fixture.ID + path);
    }
}
