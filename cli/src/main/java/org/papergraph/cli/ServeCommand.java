package org.papergraph.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.papergraph.graph.PaperStore;
import org.papergraph.query.PaperServer;
import org.papergraph.query.ServerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code papergraph serve}: the store over SPARQL and the web page, until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the store read-only over SPARQL (/papers/sparql, GET and POST) with a web page at /.",
      "Binds to loopback unless --host says otherwise. Stop with Ctrl-C."
    })
final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin StoreOption store;
  @Mixin ServerFlags flags;

  @Override
  public Integer call() {
    flags.validate(spec);
    try (PaperStore s = store.openExisting(); PaperServer server = flags.start(s)) {
      spec.commandLine().getOut().println(server.describe());
      spec.commandLine().getOut().println(ServerFlags.curlExample(server));
      spec.commandLine().getOut().flush();
      server.join();
    }
    return 0;
  }

  /** Server options shared by {@code serve} and {@code demo}. */
  static final class ServerFlags {

    @Option(names = "--port", defaultValue = "3030", description = "TCP port; 0 picks a free one"
        + " (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
        description = "Address to bind (default: ${DEFAULT-VALUE}, loopback only).")
    String host;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
        description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--cors", paramLabel = "ORIGIN", description = "Allow browser calls from"
        + " this origin (scheme://host[:port] or *); CORS is off without it.")
    String cors;

    @Option(names = "--update", description = "Add an update endpoint (needs --auth).")
    boolean update;

    @Option(names = "--auth", paramLabel = "FILE",
        description = "Password file of user:password lines guarding the update endpoint.")
    Path auth;

    @Option(names = "--max-request-bytes", paramLabel = "N", defaultValue = "1048576",
        description = "Largest request body accepted (default: ${DEFAULT-VALUE}).")
    long maxRequestBytes;

    @Option(names = "--cache-mb", paramLabel = "MIB", defaultValue = "64",
        description = "Memory for the answers of repeated queries, emptied by every update; 0 turns"
            + " the cache off (default: ${DEFAULT-VALUE}).")
    long cacheMib;

    @Option(names = "--max-running", paramLabel = "N", description = "Queries that run at once;"
        + " the rest wait in turn (up to the timeout); 0 for no limit (default: one per core, at"
        + " least 2).")
    Integer maxRunning;

    /** Bad numbers are usage errors (exit 2), found before the store is opened. */
    void validate(CommandSpec spec) {
      String bad = port < 0 || port > 65535 ? "--port must be 0 (any free port) to 65535, got " + port
          : timeoutSeconds < 1 ? "--timeout must be at least 1 second, got " + timeoutSeconds
          : cacheMib < 0 || cacheMib > (1L << 20) ? "--cache-mb must be 0 (off) to 1048576, got " + cacheMib
          : maxRunning != null && maxRunning < 0 ? "--max-running must be 0 (no limit) or more, got "
              + maxRunning
          : maxRequestBytes < 1 ? "--max-request-bytes must be positive, got " + maxRequestBytes
          : null;
      if (bad != null) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), bad);
      }
    }

    PaperServer start(PaperStore store) {
      ServerOptions o = ServerOptions.defaults(store.dataset())
          .withHost(host)
          .withPort(port)
          .withTimeout(Duration.ofSeconds(timeoutSeconds))
          .withCors(cors)
          .withUpdate(update, auth)
          .withMaxRequestBytes(maxRequestBytes)
          .withCacheBytes(cacheMib << 20)
          .withMaxRunning(maxRunning == null ? ServerOptions.DEFAULT_MAX_RUNNING : maxRunning);
      return PaperServer.start(o);
    }

    static String curlExample(PaperServer server) {
      return "try:\n  curl -s " + server.endpoint() + " -H 'Accept: text/csv' --data-urlencode"
          + " 'query=PREFIX pg: <https://w3id.org/papergraph/vocab#> PREFIX rdfs:"
          + " <http://www.w3.org/2000/01/rdf-schema#> SELECT ?benchmark (COUNT(?paper) AS ?papers)"
          + " WHERE { ?paper pg:evaluatesOn ?b . ?b rdfs:label ?benchmark } GROUP BY ?benchmark"
          + " ORDER BY DESC(?papers)'";
    }
  }
}
