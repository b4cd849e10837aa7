package org.papergraph.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streamed union gives each triple once, as Jena's union graph does. */
class UnionTriplesTest {

  @TempDir
  Path dir;

  private static Node iri(String s) {
    return NodeFactory.createURI("urn:" + s);
  }

  private static void fill(DatasetGraph dsg) {
    // 40 graphs; every graph repeats the same two type triples and adds its own
    for (int g = 0; g < 40; g++) {
      dsg.add(iri("g" + g), iri("model"), RDF.type.asNode(), iri("Model"));
      dsg.add(iri("g" + g), iri("bench"), RDF.type.asNode(), iri("Benchmark"));
      dsg.add(iri("g" + g), iri("paper" + g), RDF.type.asNode(), iri("Paper"));
      dsg.add(iri("g" + g), iri("paper" + g), iri("mentions"), iri("model"));
      dsg.add(iri("g" + g), iri("paper" + g), iri("title"), NodeFactory.createLiteralString("T" + g));
    }
    // a triple in the default graph is not part of the union of the named graphs
    dsg.getDefaultGraph().add(Triple.create(iri("x"), iri("y"), iri("z")));
  }

  private static List<Triple> streamed(DatasetGraph dsg, Node p) {
    List<Triple> out = new ArrayList<>();
    UnionTriples.forEach(dsg, p, out::add);
    return out;
  }

  @Test
  void eachTripleOnceInATdb2Store() {
    Dataset ds = TDB2Factory.connectDataset(dir.toString());
    try {
      Txn.executeWrite(ds, () -> fill(ds.asDatasetGraph()));
      Txn.executeRead(ds, () -> {
        DatasetGraph dsg = ds.asDatasetGraph();
        Set<Triple> union = new HashSet<>();
        dsg.getUnionGraph().find().forEachRemaining(union::add);
        List<Triple> all = streamed(dsg, Node.ANY);
        assertEquals(2 + 40 * 3, all.size(), "no copies");
        assertEquals(union, new HashSet<>(all));
        List<Triple> types = streamed(dsg, RDF.type.asNode());
        assertEquals(42, types.size());
        assertEquals(42, UnionTriples.count(dsg, RDF.type.asNode()));
        assertEquals(List.of(), streamed(dsg, iri("never-used")));
      });
    } finally {
      ds.close();
    }
  }

  @Test
  void otherDatasetsUseTheUnionGraph() {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    Txn.executeWrite(dsg, () -> fill(dsg));
    Txn.executeRead(dsg, () -> assertEquals(2 + 40 * 3, streamed(dsg, Node.ANY).size()));
  }
}
