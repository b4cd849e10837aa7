package org.papergraph.query.server;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Lets at most a fixed number of queries run at once; the others wait their turn in arrival
 * order. On a machine with few cores, queries that all run at once share the cores and all finish
 * late; queued ones finish in turn, which bounds the slowest answers. Answers the result cache
 * gives never get here (it comes first). A query that waits longer than the query timeout is
 * answered 503 with a Retry-After, as if it had timed out.
 */
public final class RunningQueryLimit implements Filter {

    private final Set<String> queryPaths;
    private final Semaphore running;
    private final long waitMillis;

    public RunningQueryLimit(Set<String> queryPaths, int maxRunning, Duration timeout) {
        if (maxRunning < 1) {
            throw new IllegalArgumentException("at least one query must be allowed to run, got " + maxRunning);
        }
        this.queryPaths = Set.copyOf(queryPaths);
        this.running = new Semaphore(maxRunning, true);
        this.waitMillis = timeout.toMillis();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        if (!queryPaths.contains(req.getRequestURI())) {
            chain.doFilter(request, response);
            return;
        }
        boolean admitted;
        try {
            admitted = running.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            HttpServletResponse res = (HttpServletResponse) response;
            res.setHeader("Retry-After", "1");
            res.sendError(503, "the server is busy: no query slot became free within the query timeout of "
                    + waitMillis + " ms");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            running.release();
        }
    }
}
