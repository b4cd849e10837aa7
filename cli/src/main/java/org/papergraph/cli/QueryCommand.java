package org.papergraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.papergraph.graph.PaperStore;
import org.papergraph.query.NamedQueries;
import org.papergraph.query.NamedQuery;
import org.papergraph.query.QueryRunner;
import org.papergraph.query.ResultFormat;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code papergraph query}: SPARQL over the store, inline, from a file, or by name. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = {
      "Run a SPARQL query against the store (the default graph is the union of all graphs).",
      "Give the query inline, with --file, or pick a named query with --named; --list shows them."
    })
final class QueryCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  static final class Source {
    @Parameters(paramLabel = "SPARQL", description = "The query text.")
    String text;

    @Option(names = "--file", paramLabel = "Q.rq", description = "Read the query from a file.")
    Path file;

    @Option(names = "--named", paramLabel = "NAME", description = "Run a named query.")
    String named;

    @Option(names = "--list", description = "List the named queries and exit.")
    boolean list;
  }

  @Option(names = "--param", paramLabel = "KEY=VALUE", description = {"Parameter of a named query.",
      "Paged named queries (--list shows their page size) also take page=N, from 1 (default 1):"
          + " page=2 gives the rows after page 1."})
  Map<String, String> params = Map.of();

  @Option(names = "--format", paramLabel = "FMT", defaultValue = "table",
      converter = Converters.Result.class,
      description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}); graphs come as Turtle.")
  ResultFormat format;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
      description = "Cancel the query after this many seconds (default: ${DEFAULT-VALUE}).")
  long timeoutSeconds;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (source.list) {
      for (NamedQuery q : NamedQueries.all()) {
        out.printf(Locale.ROOT, "%-34s %s%n", q.name() + paramHint(q), q.description());
      }
      return 0;
    }
    Query named = source.named == null ? null : bound();  // a usage error before the store opens
    try (PaperStore s = store.openExisting()) {
      QueryRunner runner = new QueryRunner(s.dataset(), Duration.ofSeconds(timeoutSeconds));
      OutputStream sink = new WriterStream(out);
      if (named != null) {
        runner.run(named, format, sink);
      } else {
        runner.run(source.file != null ? Files.readString(source.file, StandardCharsets.UTF_8)
            : source.text, format, sink);
      }
      sink.flush();
    }
    return 0;
  }

  /** The named query with its parameters; an unknown name or a bad parameter is a usage error (2). */
  private Query bound() {
    try {
      return NamedQueries.get(source.named).bind(params);
    } catch (IllegalArgumentException e) {
      String option = NamedQueries.find(source.named).isPresent() ? "--param" : "--named";
      throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage());
    }
  }

  private static String paramHint(NamedQuery q) {
    String page = q.paged() ? " [page=N]" : "";
    return q.params().isEmpty() ? page : " " + String.join(" ", q.paramNames().stream()
        .map(p -> p + "=…").toList()) + page;
  }
}
