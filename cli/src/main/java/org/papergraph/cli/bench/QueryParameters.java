package org.papergraph.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.papergraph.query.NamedQuery;

/**
 * Values for the named queries' parameters, taken from the store behind the endpoint: the most
 * reported benchmarks, the most evaluated models, some paper ids, and words of benchmark labels
 * for the search queries, {@code n} of each. Popular values are chosen on purpose: they are the
 * heavy end. A small {@code n} repeats queries (what a server's result cache serves), a large one
 * makes most requests new.
 */
public final class QueryParameters {

  private static final String PREFIXES = "PREFIX pg: <https://w3id.org/papergraph/vocab#>\n"
      + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
      + "PREFIX dcterms: <http://purl.org/dc/terms/>\n";
  static final String BENCHMARKS = PREFIXES + "SELECT ?v (COUNT(*) AS ?n) WHERE { ?r pg:benchmark"
      + " ?b . ?b rdfs:label ?v } GROUP BY ?v ORDER BY DESC(?n) ?v LIMIT ";
  static final String MODELS = PREFIXES + "SELECT ?v (COUNT(*) AS ?n) WHERE { ?r pg:subject ?m ."
      + " ?m a pg:Model ; rdfs:label ?v } GROUP BY ?v ORDER BY DESC(?n) ?v LIMIT ";
  static final String PAPERS = PREFIXES + "SELECT ?v WHERE { ?p a pg:Paper ; dcterms:identifier"
      + " ?v } LIMIT ";

  private final Map<String, List<String>> values;

  public QueryParameters(Map<String, List<String>> values) {
    this.values = Map.copyOf(values);
    this.values.forEach((k, v) -> {
      if (v.isEmpty()) {
        throw new IllegalArgumentException("no value found in the store for parameter '" + k
            + "'");
      }
    });
  }

  /** Asks the endpoint for {@code n} values of every parameter the named queries use. */
  public static QueryParameters fromStore(SparqlClient client, int n) throws IOException,
      InterruptedException {
    List<String> benchmarks = column(client.select(BENCHMARKS + n));
    List<String> models = column(client.select(MODELS + n));
    List<String> papers = column(client.select(PAPERS + n));
    List<String> words = new ArrayList<>();
    benchmarks.forEach(b -> {
      String word = b.split("[\\s-]+")[0].toLowerCase(Locale.ROOT);
      if (!words.contains(word)) {
        words.add(word);
      }
    });
    List<String> entities = new ArrayList<>(benchmarks);
    entities.addAll(models);
    Map<String, List<String>> v = new LinkedHashMap<>();
    v.put("benchmark", benchmarks);
    v.put("model", models);
    v.put("paper", papers);
    v.put("entity", entities);
    v.put("text", words);
    return new QueryParameters(v);
  }

  static List<String> column(JsonNode results) {
    List<String> out = new ArrayList<>();
    for (JsonNode row : results.path("results").path("bindings")) {
      String s = row.path("v").path("value").asText("");
      if (!s.isBlank()) {
        out.add(s);
      }
    }
    return out;
  }

  /** One value per parameter of {@code q}; fails naming a parameter it has no values for. */
  public Map<String, String> pick(NamedQuery q, SplittableRandom rnd) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String p : q.paramNames()) {
      List<String> options = values.get(p);
      if (options == null) {
        throw new IllegalArgumentException("named query '" + q.name() + "' has parameter '" + p
            + "', for which the load client has no values (known: " + values.keySet() + ")");
      }
      out.put(p, options.get(rnd.nextInt(options.size())));
    }
    return out;
  }

  public Map<String, List<String>> values() {
    return values;
  }

  static final ObjectMapper JSON = new ObjectMapper();
}
