package org.papergraph.query.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.query.QueryRunner;

/** pgf:textContains gives the rows of the plain FILTER it replaces, and sees writes. */
class TextContainsTest {

    static final String PREFIXES = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX pgf: <https://w3id.org/papergraph/function#>
            """;

    @TempDir
    Path dir;

    private Dataset ds;

    @org.junit.jupiter.api.AfterEach
    void close() {
        if (ds != null) {
            ds.close();
        }
    }

    private Dataset store() {
        ds = TDB2Factory.connectDataset(dir.toString());
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(ds, () -> {
            var dsg = ds.asDatasetGraph();
            var g1 = NodeFactory.createURI("urn:g1");
            var g2 = NodeFactory.createURI("urn:g2");
            dsg.add(g1, NodeFactory.createURI("urn:llama"), RDFS.label.asNode(), NodeFactory.createLiteralString("LLaMA-2-13B"));
            // the same name in two graphs is one row, as in the union default graph
            dsg.add(g2, NodeFactory.createURI("urn:llama"), RDFS.label.asNode(), NodeFactory.createLiteralString("LLaMA-2-13B"));
            dsg.add(g1, NodeFactory.createURI("urn:llama"), org.apache.jena.vocabulary.SKOS.altLabel.asNode(),
                    NodeFactory.createLiteralLang("Llama 2 13B", "en"));
            dsg.add(g2, NodeFactory.createURI("urn:paper"), org.apache.jena.vocabulary.DCTerms.title.asNode(),
                    NodeFactory.createLiteralString("Tuning LLAMA for Émile's ÄRA corpus"));
            dsg.add(g2, NodeFactory.createURI("urn:paper"), org.apache.jena.vocabulary.DCTerms.description.asNode(),
                    NodeFactory.createLiteralString("llama in a property that is not searched"));
        });
        return ds;
    }

    private static Set<String> rows(Dataset ds, String where) {
        ResultSetRewindable rs = new QueryRunner(ds).select(QueryRunner.parse(PREFIXES
                + "SELECT ?node ?name ?p WHERE { " + where + " }"));
        Set<String> out = new HashSet<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            out.add(s.get("node") + " | " + s.get("name") + " | " + s.get("p"));
        }
        return out;
    }

    private static String filter(String text) {
        return "?node ?p ?name FILTER (?p IN (rdfs:label, skos:altLabel, dcterms:title, dcterms:identifier)"
                + " && CONTAINS(LCASE(STR(?name)), LCASE(\"" + text + "\")))";
    }

    @Test
    void sameRowsAsTheFilter() {
        Dataset ds = store();
        for (String text : new String[] {"llama", "LLAMA 2", "13b", "émile", "ära", "zzz", "-2-"}) {
            Set<String> expected = rows(ds, filter(text));
            assertEquals(expected, rows(ds, "(?node ?name ?p) pgf:textContains \"" + text + "\""), text);
        }
        assertEquals(3, rows(ds, "(?node ?name ?p) pgf:textContains \"llama\"").size());
        assertTrue(rows(ds, "(?node ?name ?p) pgf:textContains \" \"").isEmpty(), "blank text matches nothing");
    }

    @Test
    void theMostMentionedComeFirst() {
        Dataset ds = store();
        Txn.executeWrite(ds, () -> {
            var dsg = ds.asDatasetGraph();
            var summary = NodeFactory.createURI("urn:summary");
            var count = NodeFactory.createURI("https://w3id.org/papergraph/vocab#paperCount");
            dsg.add(NodeFactory.createURI("urn:g1"), NodeFactory.createURI("urn:tinyllama"), RDFS.label.asNode(),
                    NodeFactory.createLiteralString("TinyLlama"));
            dsg.add(summary, NodeFactory.createURI("urn:tinyllama"), count, NodeFactory.createLiteralDT("9",
                    org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
            dsg.add(summary, NodeFactory.createURI("urn:llama"), count, NodeFactory.createLiteralDT("3",
                    org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
        });
        ResultSetRewindable rs = new QueryRunner(ds).select(QueryRunner.parse(PREFIXES
                + "SELECT ?node WHERE { (?node ?name ?p) pgf:textContains \"llama\" }"));
        java.util.List<String> order = new java.util.ArrayList<>();
        rs.forEachRemaining(r -> order.add(r.get("node").toString()));
        // TinyLlama (9 papers), then LLaMA-2-13B's two names (3), then the title (no count)
        assertEquals(java.util.List.of("urn:tinyllama", "urn:llama", "urn:llama", "urn:paper"), order);
    }

    @Test
    void boundSlotsRestrictTheRows() {
        Dataset ds = store();
        Set<String> titles = rows(ds, "(?node ?name dcterms:title) pgf:textContains \"llama\" BIND (dcterms:title AS ?p)");
        assertEquals(1, titles.size(), titles.toString());
        assertTrue(titles.iterator().next().startsWith("urn:paper"));
    }

    @Test
    void aWriteIsSeenByTheNextSearch() {
        Dataset ds = store();
        long before = TextContains.builds();
        rows(ds, "(?node ?name ?p) pgf:textContains \"llama\"");
        rows(ds, "(?node ?name ?p) pgf:textContains \"13b\"");
        assertEquals(before + 1, TextContains.builds(), "an unchanged store is indexed once");
        assertTrue(rows(ds, "(?node ?name ?p) pgf:textContains \"mistral\"").isEmpty());
        Txn.executeWrite(ds, () -> ds.asDatasetGraph().add(NodeFactory.createURI("urn:g1"),
                NodeFactory.createURI("urn:mistral"), RDFS.label.asNode(), NodeFactory.createLiteralString("Mistral-7B")));
        assertEquals(1, rows(ds, "(?node ?name ?p) pgf:textContains \"mistral\"").size());
        assertEquals(before + 2, TextContains.builds(), "a write makes a new index");
        Txn.executeWrite(ds, () -> ds.asDatasetGraph().deleteAny(null, NodeFactory.createURI("urn:mistral"), null, null));
        assertTrue(rows(ds, "(?node ?name ?p) pgf:textContains \"mistral\"").isEmpty());
    }
}
