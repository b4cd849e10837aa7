package org.papergraph.query.server;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses request bodies larger than a limit with 413 before they are read, and bodies of unknown
 * length (chunked) with 411, so the limit cannot be dodged.
 */
public final class RequestLimitFilter implements Filter {

    private final long maxBytes;

    public RequestLimitFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse res = (HttpServletResponse) response;
        long length = req.getContentLengthLong();
        if (length > maxBytes) {
            res.setHeader("Connection", "close");
            res.sendError(413, String.format(Locale.ROOT,
                    "request body of %d bytes exceeds the limit of %d bytes", length, maxBytes));
            return;
        }
        String transfer = req.getHeader("Transfer-Encoding");
        if (length < 0 && transfer != null && !transfer.equalsIgnoreCase("identity")) {
            res.setHeader("Connection", "close");
            res.sendError(411, "a request body needs a Content-Length (at most " + maxBytes + " bytes)");
            return;
        }
        chain.doFilter(request, response);
    }
}
