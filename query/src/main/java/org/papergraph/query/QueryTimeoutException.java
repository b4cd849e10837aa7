package org.papergraph.query;

import java.time.Duration;

/** A query that ran past its timeout and was cancelled. */
public final class QueryTimeoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Duration timeout;

    public QueryTimeoutException(Duration timeout, Throwable cause) {
        super("query cancelled: it ran past the timeout of " + QueryRunner.describe(timeout), cause);
        this.timeout = timeout;
    }

    /** The timeout that was exceeded. */
    public Duration timeout() {
        return timeout;
    }
}
