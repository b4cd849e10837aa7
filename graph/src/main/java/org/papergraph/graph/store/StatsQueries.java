package org.papergraph.graph.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.shared.PrefixMapping;
import org.papergraph.extract.EntityType;
import org.papergraph.graph.PG;
import org.papergraph.graph.StoreStats;
import org.papergraph.graph.StoreStats.RankedEntity;

/** The SPARQL behind {@link StoreStats}; runs inside the caller's read transaction. */
public final class StatsQueries {

  private StatsQueries() {}

  public static StoreStats stats(Dataset ds, Path dir, int top) {
    Map<String, Long> perType = new TreeMap<>();
    Map<String, List<RankedEntity>> topPerType = new TreeMap<>();
    for (EntityType type : EntityType.values()) {
      String cls = "<" + PG.classOf(type).getURI() + ">";
      long n = count(ds, "SELECT (COUNT(DISTINCT ?e) AS ?n) { ?e a " + cls + " }");
      if (n > 0) {
        perType.put(type.label(), n);
        topPerType.put(type.label(), ranked(ds, "SELECT ?e ?l (COUNT(DISTINCT ?p) AS ?n) {"
            + " ?e a " + cls + " ; rdfs:label ?l . ?p pg:mentions ?e }"
            + " GROUP BY ?e ?l ORDER BY DESC(?n) ?l LIMIT " + top));
      }
    }
    List<RankedEntity> perBenchmark = ranked(ds, "SELECT ?e ?l (COUNT(DISTINCT ?r) AS ?n) {"
        + " ?r a pg:Result ; pg:benchmark ?e . ?e rdfs:label ?l }"
        + " GROUP BY ?e ?l ORDER BY DESC(?n) ?l");
    return new StoreStats(
        count(ds, "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a pg:Paper }"),
        tripleCount(ds), perType, topPerType, perBenchmark,
        count(ds, "SELECT (COUNT(DISTINCT ?m) AS ?n) { ?m a pg:Mention }"),
        count(ds, "SELECT (COUNT(DISTINCT ?m) AS ?n) { ?m a pg:Mention ; pg:inPaper ?p ;"
            + " pg:denotes ?e FILTER NOT EXISTS { ?r pg:reportedIn ?p ; a pg:Result ;"
            + " (pg:subject|pg:benchmark|mls:specifiedBy) ?e } }"),
        StoreDirectory.sizeOnDisk(dir));
  }

  public static long tripleCount(Dataset ds) {
    return count(ds, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
  }

  private static long count(Dataset ds, String query) {
    long[] n = {0};
    select(ds, query, s -> n[0] = s.getLiteral("n").getLong());
    return n[0];
  }

  private static List<RankedEntity> ranked(Dataset ds, String query) {
    List<RankedEntity> out = new ArrayList<>();
    select(ds, query, s -> out.add(new RankedEntity(s.getResource("e").getURI(),
        s.getLiteral("l").getString(), s.getLiteral("n").getLong())));
    return out;
  }

  private static void select(Dataset ds, String query, Consumer<QuerySolution> row) {
    try (QueryExecution qe = QueryExecution.dataset(ds).query(prologue() + query).build()) {
      qe.execSelect().forEachRemaining(row);
    }
  }

  private static String prologue() {
    StringBuilder sb = new StringBuilder();
    PrefixMapping p = PG.prefixes();
    new LinkedHashMap<>(p.getNsPrefixMap()).forEach((k, v) ->
        sb.append("PREFIX ").append(k).append(": <").append(v).append(">\n"));
    return sb.toString();
  }
}
