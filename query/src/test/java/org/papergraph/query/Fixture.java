package org.papergraph.query;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.papergraph.graph.IriScheme;
import org.papergraph.graph.store.SummaryGraph;

/** Test helper: the hand-written TriG fixture loaded into a real TDB2 directory. */
final class Fixture {

    static final String ID = "https://w3id.org/papergraph/id/";
    static final String PG = "https://w3id.org/papergraph/vocab#";

    private Fixture() {
    }

    /** A TDB2 dataset in {@code dir} holding {@code papers.trig} and its summary graph, union default graph on. */
    static Dataset load(Path dir) {
        Dataset ds = TDB2Factory.connectDataset(dir.toString());
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(ds, () -> {
            try (InputStream in = Fixture.class.getResourceAsStream("papers.trig")) {
                RDFDataMgr.read(ds, in, Lang.TRIG);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            // as PaperStore does on every write: the summary graph the global queries read
            SummaryGraph.recompute(ds.asDatasetGraph(), IriScheme.defaults());
        });
        return ds;
    }

    /** Runs a SELECT and returns rows of variable to lexical form / IRI (unbound variables absent). */
    static List<Map<String, String>> rows(Dataset ds, Query query) {
        ResultSetRewindable rs = new QueryRunner(ds).select(query);
        List<Map<String, String>> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            Map<String, String> row = new LinkedHashMap<>();
            for (String v : rs.getResultVars()) {
                RDFNode n = s.get(v);
                if (n != null) {
                    row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                }
            }
            rows.add(row);
        }
        return rows;
    }

    static List<Map<String, String>> named(Dataset ds, String name, Map<String, String> params) {
        return rows(ds, NamedQueries.get(name).bind(params));
    }

    static List<String> column(List<Map<String, String>> rows, String var) {
        return rows.stream().map(r -> r.get(var)).toList();
    }

    /** A TDB2 dataset in {@code dir} with {@code n} generated triples in one named graph: bulk for slow queries. */
    static Dataset generated(Path dir, int n) {
        Dataset ds = TDB2Factory.connectDataset(dir.toString());
        Txn.executeWrite(ds, () -> {
            org.apache.jena.rdf.model.Model m = ds.getNamedModel("urn:generated");
            for (int i = 0; i < n; i++) {
                m.add(m.createResource("urn:s" + i), m.createProperty("urn:p" + (i % 7)), m.createTypedLiteral(i));
            }
        });
        return ds;
    }
}
