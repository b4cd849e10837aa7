package org.papergraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.papergraph.extract.Extraction;

/** Test helpers: map into memory, run SPARQL with the pg prefixes. */
final class Sparql {

  private Sparql() {}

  static DatasetGraph mapped(List<Extraction> extractions) {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    new ExtractionMapper().mapAll(extractions, StreamRDFLib.dataset(dsg));
    return dsg;
  }

  static Model union(DatasetGraph dsg) {
    return ModelFactory.createModelForGraph(dsg.getUnionGraph());
  }

  static String prefixes() {
    StringBuilder sb = new StringBuilder();
    PrefixMapping p = PG.prefixes();
    p.getNsPrefixMap().forEach((k, v) -> sb.append("PREFIX ").append(k).append(": <").append(v)
        .append(">\n"));
    return sb.toString();
  }

  static <T> List<T> select(Model m, String query, Function<QuerySolution, T> row) {
    List<T> out = new ArrayList<>();
    try (QueryExecution qe = QueryExecution.model(m).query(prefixes() + query).build()) {
      qe.execSelect().forEachRemaining(s -> out.add(row.apply(s)));
    }
    return out;
  }

  static boolean ask(Model m, String query) {
    try (QueryExecution qe = QueryExecution.model(m).query(prefixes() + query).build()) {
      return qe.execAsk();
    }
  }
}
