package org.papergraph.query;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;
import org.papergraph.query.search.TextContains;
import org.papergraph.query.server.ApiServlet;
import org.papergraph.query.server.AuthFile;
import org.papergraph.query.server.CorsFilter;
import org.papergraph.query.server.RequestLimitFilter;
import org.papergraph.query.server.ResultCache;
import org.papergraph.query.server.RunningQueryLimit;
import org.papergraph.query.server.WebServlet;

/**
 * The papergraph SPARQL server: embedded Fuseki serving one dataset read-only at {@code /papers}.
 *
 * <ul>
 *   <li>{@code /papers/sparql} (and {@code /papers/query}): SPARQL query, GET and POST, results by
 *       Accept header; the default graph is the union of the named graphs; queries are cancelled
 *       after the timeout; a syntax error is a 400 carrying the parser's message;</li>
 *   <li>{@code /papers/update}: only when {@link ServerOptions#update()} is set <em>and</em> an auth file
 *       is given; basic authentication (401 without valid credentials);</li>
 *   <li>{@code /$/ping}; {@code /} the web page and {@code /web/*} its files; {@code /api/*} the named
 *       queries for the page;</li>
 *   <li>answers of the query endpoint kept in memory for repeated queries ({@link ResultCache}),
 *       emptied by every update;</li>
 *   <li>at most {@link ServerOptions#maxRunning()} queries run at once, the rest wait in turn
 *       ({@link RunningQueryLimit});</li>
 *   <li>request bodies over the limit: 413; unknown paths: 404; gzip for GET and POST responses;
 *       CORS only for the configured origin.</li>
 * </ul>
 */
public final class PaperServer implements AutoCloseable {

    static {
        TextContains.register();
    }


    /** The dataset path. */
    public static final String DATASET = "/papers";

    /** The paths that answer SPARQL queries: what the cache keeps and the limit counts. */
    private static final Set<String> QUERY_PATHS = Set.of(DATASET + "/sparql", DATASET + "/query");

    private final FusekiServer fuseki;
    private final ServerOptions options;
    private final List<String> users;

    private PaperServer(FusekiServer fuseki, ServerOptions options, List<String> users) {
        this.fuseki = fuseki;
        this.options = options;
        this.users = users;
    }

    /**
     * Starts a server.
     *
     * @throws IllegalArgumentException if update is asked for without an auth file (or an auth file is
     *         given without update), or the auth file is missing or malformed
     * @throws IllegalStateException if the port cannot be bound
     */
    public static PaperServer start(ServerOptions o) {
        Objects.requireNonNull(o, "options");
        AuthFile auth = checkAuth(o);
        DatasetGraph dsg = o.dataset().asDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(o.timeout().toMillis()));

        DataService.Builder service = DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query");
        FusekiServer.Builder builder = FusekiServer.create()
                .port(o.port())
                .loopback(false)
                .enablePing(true)
                .enableCors(false);
        if (auth != null) {
            service.addEndpoint(Operation.Update, "update", Auth.policyAllowSpecific(auth.users()));
            builder.securityHandler(JettySecurityLib.makeSecurityHandler("papergraph", userStore(auth),
                    AuthScheme.BASIC));
        }
        builder.add(DATASET, service.build());
        if (o.corsOrigin() != null) {
            builder.addFilter("/*", new CorsFilter(o.corsOrigin()));
        }
        builder.addFilter("/*", new RequestLimitFilter(o.maxRequestBytes()));
        if (o.cacheBytes() > 0) {
            builder.addFilter("/*", new ResultCache(QUERY_PATHS,
                    Set.of(DATASET + "/update"), o.cacheBytes(), o.timeout()));
        }
        if (o.maxRunning() > 0) {
            builder.addFilter("/*", new RunningQueryLimit(QUERY_PATHS,
                    o.maxRunning(), o.timeout()));
        }
        builder.addServlet("", new WebServlet())
                .addServlet("/web/*", new WebServlet())
                .addServlet("/api/*", new ApiServlet(DATASET + "/sparql", o.maxRows()));
        FusekiServer fuseki = builder.build();
        configureJetty(fuseki.getJettyServer(), o.host());
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot start the server on " + o.host() + ":" + o.port() + ": "
                    + rootMessage(e), e);
        }
        // build the search index now rather than in the first search
        Thread warm = new Thread(() -> TextContains.warm(dsg), "papergraph-search-index");
        warm.setDaemon(true);
        warm.start();
        return new PaperServer(fuseki, o, auth == null ? List.of() : auth.users());
    }

    private static AuthFile checkAuth(ServerOptions o) {
        if (o.update() && o.authFile() == null) {
            throw new IllegalArgumentException("refusing to start an update endpoint without authentication: "
                    + "give a password file of user:password lines with the update option");
        }
        if (!o.update() && o.authFile() != null) {
            throw new IllegalArgumentException("an auth file only guards the update endpoint, which is off; "
                    + "turn update on or drop the auth file (" + o.authFile() + ")");
        }
        return o.update() ? AuthFile.read(o.authFile()) : null;
    }

    private static UserStore userStore(AuthFile auth) {
        UserStore store = new UserStore();
        auth.passwords().forEach((user, password) -> JettySecurityLib.addUser(store, user, password));
        return store;
    }

    private static void configureJetty(Server jetty, String host) {
        for (Connector c : jetty.getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setHost(host);
            }
        }
        GzipHandler gzip = new GzipHandler();
        gzip.setIncludedMethods("GET", "POST");
        gzip.setMinGzipSize(512);
        gzip.setHandler(jetty.getHandler());
        jetty.setHandler(gzip);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The base URL, e.g. {@code http://127.0.0.1:3030/}. */
    public URI base() {
        String h = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        if (h.equals("0.0.0.0") || h.equals("[::]")) {
            h = "127.0.0.1";
        }
        return URI.create("http://" + h + ":" + port() + "/");
    }

    /** The SPARQL query endpoint, e.g. {@code http://127.0.0.1:3030/papers/sparql}. */
    public URI endpoint() {
        return base().resolve(DATASET.substring(1) + "/sparql");
    }

    /** What is exposed, for the startup message: several lines, no trailing newline. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append("papergraph server listening on ").append(options.host()).append(':').append(port()).append('\n');
        sb.append("  web page        ").append(base()).append('\n');
        sb.append("  SPARQL query    ").append(endpoint()).append("  (GET, POST; also ")
                .append(DATASET).append("/query)\n");
        if (options.update()) {
            sb.append("  SPARQL update   ").append(base().resolve(DATASET.substring(1) + "/update"))
                    .append("  (basic auth; users: ").append(String.join(", ", users)).append(")\n");
        } else {
            sb.append("  SPARQL update   none (read-only)\n");
        }
        sb.append("  ping            ").append(base().resolve("$/ping")).append('\n');
        sb.append(String.format(Locale.ROOT, "  limits          query timeout %s, request body %d bytes, web views %d rows%n",
                QueryRunner.describe(options.timeout()), options.maxRequestBytes(), options.maxRows()).stripTrailing())
                .append('\n');
        sb.append("  result cache    ").append(options.cacheBytes() == 0 ? "off"
                : (options.cacheBytes() >> 20) + " MiB for repeated queries" + (options.update() ? ", emptied by every update" : ""))
                .append('\n');
        sb.append("  running queries ").append(options.maxRunning() == 0 ? "no limit"
                : "at most " + options.maxRunning() + " at once, the rest wait in turn").append('\n');
        sb.append("  CORS            ").append(options.corsOrigin() == null ? "off" : "origin " + options.corsOrigin());
        return sb.toString();
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Stops the server. The dataset stays open: it belongs to the caller. */
    @Override
    public void close() {
        fuseki.stop();
    }
}
