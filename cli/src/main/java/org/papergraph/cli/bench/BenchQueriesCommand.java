package org.papergraph.cli.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.papergraph.query.NamedQueries;
import org.papergraph.query.NamedQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code papergraph bench queries}: latency of the named queries under concurrent clients. */
@Command(
    name = "queries",
    mixinStandardHelpOptions = true,
    description = {
      "Closed-loop load on a loopback SPARQL endpoint: CLIENTS clients send the named queries in"
          + " turn for SECONDS seconds (after a warm-up), parameter values taken from the store.",
      "Reports count, errors, median, p90, p99 and max latency, overall and per query."
    })
public final class BenchQueriesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--endpoint", required = true, paramLabel = "URL",
      description = "SPARQL endpoint on loopback, e.g. http://127.0.0.1:3030/papers/sparql.")
  String endpoint;

  @Option(names = "--clients", defaultValue = "8", paramLabel = "N",
      description = "Concurrent clients, 1 to 64 (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--seconds", defaultValue = "60", paramLabel = "S",
      description = "Measured seconds, 1 to 3600 (default: ${DEFAULT-VALUE}).")
  int seconds;

  @Option(names = "--warmup", defaultValue = "10", paramLabel = "S",
      description = "Warm-up seconds, not counted, 0 to 600 (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--timeout", defaultValue = "60", paramLabel = "S",
      description = "Per-request timeout in seconds; a timed-out request is an error"
          + " (default: ${DEFAULT-VALUE}).")
  int timeout;

  @Option(names = "--values", defaultValue = "5", paramLabel = "N",
      description = "Values per query parameter: the N most reported benchmarks, most evaluated"
          + " models, N papers; more values, fewer repeated queries (default: ${DEFAULT-VALUE}).")
  int values;

  @Option(names = "--per-query", description = "Also print one row per named query.")
  boolean perQuery;

  @Override
  public Integer call() throws Exception {
    if (clients < 1 || clients > 64 || seconds < 1 || seconds > 3600 || warmup < 0
        || warmup > 600 || timeout < 1 || values < 1 || values > 100_000) {
      throw new ParameterException(spec.commandLine(), "need 1 <= --clients <= 64, 1 <= --seconds"
          + " <= 3600, 0 <= --warmup <= 600, --timeout >= 1, 1 <= --values <= 100000; got --clients "
          + clients + " --seconds " + seconds + " --warmup " + warmup + " --timeout " + timeout
          + " --values " + values);
    }
    SparqlClient setup;
    try {
      setup = SparqlClient.loopback(endpoint, Duration.ofSeconds(Math.max(timeout, 120)));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    QueryParameters params = QueryParameters.fromStore(setup, values);
    spec.commandLine().getErr().println("parameter values: " + shortList(params.values()));
    List<NamedQuery> queries = NamedQueries.all();
    QueryLoad.Result r = new QueryLoad(
        () -> SparqlClient.loopback(endpoint, Duration.ofSeconds(timeout)), queries, params)
        .run(clients, warmup, seconds);
    MarkdownTable table = new MarkdownTable("query", "clients", "seconds", "requests", "errors",
        "requests/s", "cache hits", "median ms", "p90 ms", "p99 ms", "max ms");
    row(table, "all " + queries.size() + " named queries", r.overall(), r.seconds());
    if (perQuery) {
      for (Map.Entry<String, Latencies> e : r.byQuery().entrySet()) {
        row(table, e.getKey(), e.getValue(), r.seconds());
      }
    }
    spec.commandLine().getOut().print(table.render());
    spec.commandLine().getOut().flush();
    return 0;
  }

  private void row(MarkdownTable table, String name, Latencies l, double measured) {
    table.row(name, clients, BenchExtractCommand.f(measured, 1), l.count(), l.errors(),
        BenchExtractCommand.f(l.count() / measured, 1),
        l.count() == 0 ? "-" : BenchExtractCommand.f(100.0 * l.cachedCount() / l.count(), 0) + "%",
        BenchExtractCommand.f(l.percentileMillis(50), 1),
        BenchExtractCommand.f(l.percentileMillis(90), 1),
        BenchExtractCommand.f(l.percentileMillis(99), 1),
        BenchExtractCommand.f(l.percentileMillis(100), 1));
  }

  /** The first few values of each parameter, for the log line. */
  private static String shortList(Map<String, List<String>> values) {
    StringBuilder sb = new StringBuilder();
    values.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : "; ").append(k).append(" (")
        .append(v.size()).append("): ").append(String.join(", ", v.subList(0, Math.min(5, v.size()))))
        .append(v.size() > 5 ? ", ..." : ""));
    return sb.toString();
  }
}
