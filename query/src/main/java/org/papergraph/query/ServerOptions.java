package org.papergraph.query;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

import org.apache.jena.query.Dataset;

/**
 * How {@link PaperServer} serves a dataset. Null or non-positive values take the defaults, so
 * {@code ServerOptions.defaults(dataset).withPort(0)} is a complete configuration.
 *
 * @param dataset         the store to serve; its default graph is served as the union of its named graphs
 * @param host            the address to bind; default {@value #DEFAULT_HOST} (loopback only)
 * @param port            the TCP port; 0 picks a free port
 * @param timeout         per-query timeout; default 30 s
 * @param corsOrigin      the one origin allowed to call the endpoint from a browser ({@code *} for any);
 *                        null turns CORS off
 * @param update          whether to add the update endpoint {@code /papers/update}; needs {@code authFile}
 * @param authFile        a password file of {@code user:password} lines for the update endpoint
 * @param maxRequestBytes the largest request body accepted (413 beyond); default 1 MiB
 * @param maxRows         the cap on result rows in the web views; default 1000
 * @param cacheBytes      memory for the answers of the query endpoint kept for repeated queries;
 *                        0 turns the cache off; {@link #defaults} gives 64 MiB
 * @param maxRunning      queries that may run at once, the rest wait in arrival order; 0 for no
 *                        limit; {@link #defaults} gives {@link #DEFAULT_MAX_RUNNING}
 */
public record ServerOptions(Dataset dataset, String host, int port, Duration timeout, String corsOrigin,
        boolean update, Path authFile, long maxRequestBytes, int maxRows, long cacheBytes, int maxRunning) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1L << 20;
    public static final int DEFAULT_MAX_ROWS = 1000;
    public static final long DEFAULT_CACHE_BYTES = 64L << 20;
    /** One running query per core, at least two. */
    public static final int DEFAULT_MAX_RUNNING = Math.max(2, Runtime.getRuntime().availableProcessors());

    public ServerOptions {
        Objects.requireNonNull(dataset, "dataset");
        host = host == null || host.isBlank() ? DEFAULT_HOST : host.strip();
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 (any free port) and 65535, got " + port);
        }
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
        corsOrigin = corsOrigin == null || corsOrigin.isBlank() ? null : corsOrigin.strip();
        if (corsOrigin != null && !corsOrigin.equals("*") && !corsOrigin.matches("https?://[^/\\s]+")) {
            throw new IllegalArgumentException("CORS origin must be '*' or scheme://host[:port] with no path, got '"
                    + corsOrigin + "'");
        }
        maxRequestBytes = maxRequestBytes <= 0 ? DEFAULT_MAX_REQUEST_BYTES : maxRequestBytes;
        maxRows = maxRows <= 0 ? DEFAULT_MAX_ROWS : maxRows;
        if (maxRunning < 0) {
            throw new IllegalArgumentException("running-query limit must be 0 (none) or positive, got " + maxRunning);
        }
        if (cacheBytes < 0) {
            throw new IllegalArgumentException("cache size must be 0 (off) or positive, got " + cacheBytes);
        }
    }

    /** Loopback, port {@value #DEFAULT_PORT}, 30 s timeout, no CORS, read-only, 1 MiB, 1000 rows, 64 MiB cache. */
    public static ServerOptions defaults(Dataset dataset) {
        return new ServerOptions(dataset, null, DEFAULT_PORT, null, null, false, null, 0, 0, DEFAULT_CACHE_BYTES,
                DEFAULT_MAX_RUNNING);
    }

    public ServerOptions withHost(String newHost) {
        return new ServerOptions(dataset, newHost, port, timeout, corsOrigin, update, authFile, maxRequestBytes, maxRows, cacheBytes, maxRunning);
    }

    public ServerOptions withPort(int newPort) {
        return new ServerOptions(dataset, host, newPort, timeout, corsOrigin, update, authFile, maxRequestBytes, maxRows, cacheBytes, maxRunning);
    }

    public ServerOptions withTimeout(Duration newTimeout) {
        return new ServerOptions(dataset, host, port, newTimeout, corsOrigin, update, authFile, maxRequestBytes, maxRows, cacheBytes, maxRunning);
    }

    public ServerOptions withCors(String origin) {
        return new ServerOptions(dataset, host, port, timeout, origin, update, authFile, maxRequestBytes, maxRows, cacheBytes, maxRunning);
    }

    /** Update endpoint on or off, guarded by the password file {@code file}. */
    public ServerOptions withUpdate(boolean on, Path file) {
        return new ServerOptions(dataset, host, port, timeout, corsOrigin, on, file, maxRequestBytes, maxRows, cacheBytes, maxRunning);
    }

    public ServerOptions withMaxRequestBytes(long bytes) {
        return new ServerOptions(dataset, host, port, timeout, corsOrigin, update, authFile, bytes, maxRows, cacheBytes, maxRunning);
    }

    public ServerOptions withMaxRows(int rows) {
        return new ServerOptions(dataset, host, port, timeout, corsOrigin, update, authFile, maxRequestBytes, rows, cacheBytes, maxRunning);
    }

    /** Memory for repeated queries' answers; 0 turns the cache off. */
    public ServerOptions withCacheBytes(long bytes) {
        return new ServerOptions(dataset, host, port, timeout, corsOrigin, update, authFile, maxRequestBytes, maxRows, bytes, maxRunning);
    }

    /** Queries that may run at once; 0 for no limit. */
    public ServerOptions withMaxRunning(int queries) {
        return new ServerOptions(dataset, host, port, timeout, corsOrigin, update, authFile, maxRequestBytes, maxRows,
                cacheBytes, queries);
    }
}
