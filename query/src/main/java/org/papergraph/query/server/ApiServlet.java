package org.papergraph.query.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Query;
import org.papergraph.query.NamedQueries;
import org.papergraph.query.NamedQuery;

/**
 * The small API behind the web page, under {@code /api}:
 * <ul>
 *   <li>{@code GET /api/config}: the SPARQL endpoint path and the row cap, as JSON;</li>
 *   <li>{@code GET /api/named}: the named queries with descriptions, parameters and page size (0: not
 *       paged), as JSON;</li>
 *   <li>{@code GET /api/named/NAME?param=value...&page=N}: the query with its parameters bound (safely, by
 *       {@link NamedQuery#bind}; {@code page}, optional, picks the page of a paged query) and its LIMIT
 *       capped at the row cap, as SPARQL text. The page then sends that text to the SPARQL endpoint
 *       and shows it.</li>
 * </ul>
 * Bad parameters give 400 and an unknown name 404, with the message as plain text.
 */
public final class ApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final String endpointPath;
    private final int maxRows;

    public ApiServlet(String endpointPath, int maxRows) {
        this.endpointPath = endpointPath;
        this.maxRows = maxRows;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        if (path.equals("/config")) {
            JsonObject config = new JsonObject();
            config.put("endpoint", endpointPath);
            config.put("maxRows", maxRows);
            json(res, config.toString());
        } else if (path.equals("/named") || path.equals("/named/")) {
            json(res, catalogue().toString());
        } else if (path.startsWith("/named/")) {
            bound(path.substring("/named/".length()), req, res);
        } else {
            text(res, 404, "no such API path: /api" + path + " (try /api/config or /api/named)");
        }
    }

    private void bound(String name, HttpServletRequest req, HttpServletResponse res) throws IOException {
        var named = NamedQueries.find(name);
        if (named.isEmpty()) {
            text(res, 404, "unknown named query '" + name + "'; known: " + String.join(", ", NamedQueries.names()));
            return;
        }
        Map<String, String> values = new HashMap<>();
        req.getParameterMap().forEach((k, v) -> values.put(k, v.length == 0 ? "" : v[0]));
        Query query;
        try {
            query = named.get().bind(values);
        } catch (IllegalArgumentException e) {
            text(res, 400, e.getMessage());
            return;
        }
        if (!query.hasLimit() || query.getLimit() > maxRows) {
            query.setLimit(maxRows);
        }
        text(res, 200, query.serialize());
    }

    private static JsonArray catalogue() {
        JsonArray all = new JsonArray();
        for (NamedQuery q : NamedQueries.all()) {
            JsonObject o = new JsonObject();
            o.put("name", q.name());
            o.put("description", q.description());
            JsonArray params = new JsonArray();
            for (NamedQuery.Param p : q.params()) {
                JsonObject po = new JsonObject();
                po.put("name", p.name());
                po.put("description", p.description());
                params.add(po);
            }
            o.put("params", params);
            o.put("pageSize", q.pageSize());
            all.add(o);
        }
        return all;
    }

    private static void json(HttpServletResponse res, String body) throws IOException {
        res.setStatus(200);
        res.setContentType("application/json; charset=utf-8");
        res.setHeader("Cache-Control", "no-cache");
        res.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    private static void text(HttpServletResponse res, int status, String body) throws IOException {
        res.setStatus(status);
        res.setContentType("text/plain; charset=utf-8");
        res.setHeader("X-Content-Type-Options", "nosniff");
        res.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

}
