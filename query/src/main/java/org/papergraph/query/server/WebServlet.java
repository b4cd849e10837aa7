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
