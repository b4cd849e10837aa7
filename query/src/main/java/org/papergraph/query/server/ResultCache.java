package org.papergraph.query.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Keeps the answers of the SPARQL query endpoints in memory, so that a query asked again (the web
 * page's leaderboard of a popular benchmark, the same named query from many users) is answered
 * without running it. The key is everything the answer depends on: path, query string or form
 * parameters or body, Accept and Content-Type. Only complete 200 answers are kept: not one that
 * ran close to the query timeout (it may have been cut off while streaming), nor one whose writing
 * failed. Any request to the update endpoint empties the cache when it finishes, and an answer
 * computed while an update finished is not kept; outside the server nothing can write to the
 * store, since TDB2 lets one process open it. Least recently used answers go first when the
 * budget is full. Answers carry {@code X-Cache: hit} or {@code miss}.
 */
public final class ResultCache implements Filter {

    public static final String HEADER = "X-Cache";

    private final Set<String> queryPaths;
    private final Set<String> updatePaths;
    private final long budgetBytes;
    private final long maxEntryBytes;
    private final long uncacheableAfterNanos;
    private final AtomicLong generation = new AtomicLong();
    private final LinkedHashMap<String, Answer> answers = new LinkedHashMap<>(256, 0.75f, true);
    private long usedBytes;

    /**
     * @param queryPaths  request paths whose answers are kept, e.g. {@code /papers/sparql}
     * @param updatePaths request paths that change the data
     * @param budgetBytes memory for answers; one answer may use an eighth of it
     * @param timeout     the query timeout: answers that took 90% of it are not kept
     */
    public ResultCache(Set<String> queryPaths, Set<String> updatePaths, long budgetBytes, Duration timeout) {
        if (budgetBytes <= 0) {
            throw new IllegalArgumentException("cache budget must be positive, got " + budgetBytes);
        }
        this.queryPaths = Set.copyOf(queryPaths);
        this.updatePaths = Set.copyOf(updatePaths);
        this.budgetBytes = budgetBytes;
        this.maxEntryBytes = budgetBytes / 8;
        this.uncacheableAfterNanos = timeout.toNanos() / 10 * 9;
    }

    private record Answer(String contentType, byte[] body) {
        long bytes() {
            return body.length + 64L + contentType.length();
        }
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse res = (HttpServletResponse) response;
        String path = req.getRequestURI();
        if (updatePaths.contains(path)) {
            try {
                chain.doFilter(request, response);
            } finally {
                clear();
            }
            return;
        }
        String method = req.getMethod();
        if (!queryPaths.contains(path) || !(method.equals("GET") || method.equals("POST"))) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = null;
        String form = null;
        String contentType = String.valueOf(req.getContentType());
        if (method.equals("POST")) {
            if (contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
                form = canonical(req.getParameterMap());
            } else {
                body = req.getInputStream().readAllBytes();
                req = new ReplayedBody(req, body);
            }
        }
        String key = String.join("\u0000", method, path, String.valueOf(req.getQueryString()),
                String.valueOf(form), body == null ? "" : new String(body, StandardCharsets.UTF_8),
                contentType, String.valueOf(req.getHeader("Accept")));
        Answer hit = get(key);
        if (hit != null) {
            res.setStatus(200);
            res.setContentType(hit.contentType());
            res.setContentLength(hit.body().length);
            res.setHeader(HEADER, "hit");
            res.getOutputStream().write(hit.body());
            return;
        }
        res.setHeader(HEADER, "miss");
        long startGeneration = generation.get();
        long start = System.nanoTime();
        Recorder recorder = new Recorder(res, maxEntryBytes);
        chain.doFilter(req, recorder);
        recorder.flushWriter();
        long took = System.nanoTime() - start;
        if (recorder.complete() && took < uncacheableAfterNanos && res.getContentType() != null) {
            put(key, new Answer(res.getContentType(), recorder.copy.toByteArray()), startGeneration);
        }
    }

    private static String canonical(Map<String, String[]> parameters) {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(parameters).forEach((k, v) -> sb.append(k).append('=').append(Arrays.toString(v)).append('&'));
        return sb.toString();
    }

    private synchronized Answer get(String key) {
        return answers.get(key);
    }

    private synchronized void put(String key, Answer answer, long startGeneration) {
        // an update finished while this answer was computed: it may describe the old data
        if (generation.get() != startGeneration || answer.bytes() > maxEntryBytes) {
            return;
        }
        Answer old = answers.put(key, answer);
        usedBytes += answer.bytes() - (old == null ? 0 : old.bytes());
        var eldest = answers.entrySet().iterator();
        while (usedBytes > budgetBytes && eldest.hasNext()) {
            usedBytes -= eldest.next().getValue().bytes();
            eldest.remove();
        }
    }

    private synchronized void clear() {
        generation.incrementAndGet();
        answers.clear();
        usedBytes = 0;
    }

    /** How many answers are kept now (for tests and the startup message). */
    public synchronized int size() {
        return answers.size();
    }

    /** The request with a body already read by the cache. */
    private static final class ReplayedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReplayedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new java.io.ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body was already read");
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            String enc = getCharacterEncoding();
            Charset cs = enc == null ? StandardCharsets.UTF_8 : Charset.forName(enc);
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), cs));
        }
    }

    /**
     * Passes the answer through unchanged and keeps a copy of it, up to a size; notes a status other
     * than 200 and a failed write, either of which makes the answer one not to keep.
     */
    private static final class Recorder extends HttpServletResponseWrapper {
        final ByteArrayOutputStream copy = new ByteArrayOutputStream();
        private final long maxBytes;
        private boolean failed;
        private boolean tooBig;
        private ServletOutputStream stream;
        private PrintWriter writer;

        Recorder(HttpServletResponse response, long maxBytes) {
            super(response);
            this.maxBytes = maxBytes;
        }

        boolean complete() {
            return !failed && !tooBig && getStatus() == 200;
        }

        void flushWriter() {
            if (writer != null) {
                writer.flush();
                failed |= writer.checkError();
            }
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            failed = true;
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            failed = true;
            super.sendError(sc);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream out = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        write(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        try {
                            out.write(b, off, len);
                        } catch (IOException | RuntimeException e) {
                            failed = true;
                            throw e;
                        }
                        if (!tooBig) {
                            if (copy.size() + (long) len > maxBytes) {
                                tooBig = true;
                                copy.reset();
                            } else {
                                copy.write(b, off, len);
                            }
                        }
                    }

                    @Override
                    public void flush() throws IOException {
                        try {
                            out.flush();
                        } catch (IOException | RuntimeException e) {
                            failed = true;
                            throw e;
                        }
                    }

                    @Override
                    public boolean isReady() {
                        return out.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        out.setWriteListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                String enc = getCharacterEncoding();
                Charset cs = enc == null ? StandardCharsets.ISO_8859_1 : Charset.forName(enc);
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), cs));
            }
            return writer;
        }
    }
}
