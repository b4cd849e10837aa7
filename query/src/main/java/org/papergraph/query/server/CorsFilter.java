package org.papergraph.query.server;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * CORS for exactly one configured origin (or {@code *}): adds the Access-Control headers when the
 * request's Origin matches and answers preflight requests itself. Other origins get no CORS headers,
 * so browsers block them. Installed only when an origin is configured.
 */
public final class CorsFilter implements Filter {

    private final String allowed;

    public CorsFilter(String allowedOrigin) {
        this.allowed = allowedOrigin;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse res = (HttpServletResponse) response;
        String origin = req.getHeader("Origin");
        res.addHeader("Vary", "Origin");
        if (origin != null && (allowed.equals("*") || allowed.equals(origin))) {
            res.setHeader("Access-Control-Allow-Origin", allowed.equals("*") ? "*" : origin);
            res.setHeader("Access-Control-Expose-Headers", "Content-Type, Content-Length");
            if ("OPTIONS".equals(req.getMethod()) && req.getHeader("Access-Control-Request-Method") != null) {
                res.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
                res.setHeader("Access-Control-Allow-Headers", "Accept, Content-Type, Authorization");
                res.setHeader("Access-Control-Max-Age", "3600");
                res.setStatus(204);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
