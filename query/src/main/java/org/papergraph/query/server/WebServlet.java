package org.papergraph.query.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the web page's static files from the classpath folder {@code org/papergraph/query/web/}:
 * {@code /} is {@code index.html}, {@code /web/NAME} any other file. Only plain file names are
 * served (no paths), with a Content-Security-Policy that allows scripts and styles from this server
 * alone.
 *
 * <p>The page ({@code index.html}, {@code app.js}, {@code app.css}) routes by URL fragment:
 * {@code #/} home (trending benchmarks), {@code #/search/TEXT}, {@code #/entity/IRI},
 * {@code #/paper/IRI} (IRI percent-encoded). Element ids are a stable contract for browser tests:
 * {@code search-form}, {@code search-input}, {@code search-button}, {@code status} (class {@code error}
 * on failure), {@code view}, {@code home-view}, {@code trending-list}, {@code search-view},
 * {@code search-results} (links {@code a.result-link[data-kind=entity|paper]}), {@code entity-view}
 * ({@code data-type}), {@code entity-label}, {@code entity-type}, {@code entity-paper-count},
 * {@code entity-iri}, {@code entity-aliases}, {@code leaderboard}, {@code leaderboard-empty},
 * {@code leaderboard-chart} (SVG, {@code rect.bar}), {@code leaderboard-table}
 * ({@code tr.leaderboard-row}), {@code entity-results} ({@code tr.entity-result-row}),
 * {@code entity-papers}, {@code entity-comentions}, {@code paper-view}, {@code paper-title},
 * {@code paper-meta}, {@code paper-legend}, {@code paper-abstract} (mentions are
 * {@code a.mention-link > mark.mention.type-TYPE} with {@code data-type}, {@code data-confidence},
 * {@code data-entity} and a {@code title} tooltip), {@code paper-results} ({@code tr.result-row}),
 * {@code paper-code} ({@code a.code-link}), {@code paper-entities}, {@code sparql-queries} (a
 * {@code details} element), {@code sparql-list} ({@code pre.sparql-query[data-query=NAME]}),
 * {@code sparql-count}. After each render {@code body[data-ready]} is set to a counter.
 */
public final class WebServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String FOLDER = "/org/papergraph/query/web/";
    private static final Pattern FILE = Pattern.compile("[a-z0-9][a-z0-9-]*\\.(html|css|js|svg)");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml");
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String path = req.getPathInfo();
        String name = path == null || path.equals("/") ? "index.html" : path.substring(1);
        if (!FILE.matcher(name).matches()) {
            res.sendError(404, "no such file: " + name);
            return;
        }
        try (InputStream in = WebServlet.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                res.sendError(404, "no such file: " + name);
                return;
            }
            res.setContentType(TYPES.get(name.substring(name.lastIndexOf('.') + 1)));
            res.setHeader("Content-Security-Policy", CSP);
            res.setHeader("X-Content-Type-Options", "nosniff");
            res.setHeader("Referrer-Policy", "no-referrer");
            res.setHeader("Cache-Control", "no-cache");
            in.transferTo(res.getOutputStream());
        }
    }
}
