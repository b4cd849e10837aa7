package org.papergraph.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.papergraph.graph.PaperStore;
import org.papergraph.query.NamedQueries;
import org.papergraph.query.QueryRunner;
import org.papergraph.query.ResultFormat;

/**
 * A CLI view over one named query: the chosen columns as an aligned table, or every column as
 * CSV/JSON for machines. The views and the web page share the same queries.
 */
final class NamedView {

  private final String queryName;
  private final List<String> columns;

  NamedView(String queryName, List<String> columns) {
    this.queryName = queryName;
    this.columns = List.copyOf(columns);
  }

  /** Prints the view; returns the number of rows. */
  int print(PaperStore store, Map<String, String> params, ResultFormat format, PrintWriter out) {
    Query query = NamedQueries.get(queryName).bind(params);
    QueryRunner runner = new QueryRunner(store.dataset(), Duration.ofSeconds(30));
    if (format != ResultFormat.TABLE) {
      WriterStream sink = new WriterStream(out);
      runner.run(query, format, sink);
      sink.flush();
      return -1;
    }
    ResultSetRewindable rows = runner.select(query);
    List<String[]> cells = new ArrayList<>();
    while (rows.hasNext()) {
      QuerySolution row = rows.next();
      cells.add(columns.stream().map(c -> text(row.get(c))).toArray(String[]::new));
    }
    out.print(TextTable.render(columns, cells));
    out.flush();
    return cells.size();
  }

  private static String text(RDFNode node) {
    if (node == null) {
      return "";
    }
    if (!node.isLiteral()) {
      return node.toString();
    }
    // 0.988e0 as stored reads better as 0.988; other literals print as written
    Object value = node.asLiteral().getValue();
    return value instanceof Double || value instanceof Float ? String.valueOf(value)
        : node.asLiteral().getLexicalForm();
  }
}
