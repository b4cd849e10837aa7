package org.papergraph.ingest.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Endpoints and manners of a {@link Fetcher}. The defaults follow the services' rules: arXiv
 * asks for at most one request every three seconds.
 *
 * @param hfDailyUri the Hugging Face daily papers API ({@code ?date=YYYY-MM-DD} is appended)
 * @param arxivUri the arXiv query API ({@code ?search_query=&start=&max_results=} is appended)
 * @param arxivDelay pause between two arXiv requests
 * @param arxivPageSize entries asked for per arXiv request
 * @param maxAttempts attempts per request before giving up (5xx, 429, timeouts, broken bodies)
 * @param initialBackoff wait before the first retry, doubled for each further one
 * @param timeout timeout of one request
 * @param userAgent sent with every request
 */
public record FetchConfig(URI hfDailyUri, URI arxivUri, Duration arxivDelay, int arxivPageSize,
    int maxAttempts, Duration initialBackoff, Duration timeout, String userAgent) {

  public static final String USER_AGENT =
      "papergraph/0.1 (knowledge graphs of ML papers; Java " + Runtime.version().feature() + ")";

  public FetchConfig {
    Objects.requireNonNull(hfDailyUri, "hfDailyUri");
    Objects.requireNonNull(arxivUri, "arxivUri");
    if (arxivPageSize < 1 || arxivPageSize > 2000) {
      throw new IllegalArgumentException("arxivPageSize must be 1..2000, got " + arxivPageSize);
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
    }
  }

  public static FetchConfig defaults() {
    return new FetchConfig(URI.create("https://huggingface.co/api/daily_papers"),
        URI.create("http://export.arxiv.org/api/query"), Duration.ofSeconds(3), 100, 4,
        Duration.ofSeconds(2), Duration.ofSeconds(60), USER_AGENT);
  }

  /** The same manners against other endpoints, such as a local replay server. */
  public FetchConfig withEndpoints(URI hfDaily, URI arxiv) {
    return new FetchConfig(hfDaily, arxiv, arxivDelay, arxivPageSize, maxAttempts, initialBackoff,
        timeout, userAgent);
  }

  public FetchConfig withTiming(Duration delay, Duration backoff, Duration requestTimeout) {
    return new FetchConfig(hfDailyUri, arxivUri, delay, arxivPageSize, maxAttempts, backoff,
        requestTimeout, userAgent);
  }

  public FetchConfig withArxivPageSize(int pageSize) {
    return new FetchConfig(hfDailyUri, arxivUri, arxivDelay, pageSize, maxAttempts,
        initialBackoff, timeout, userAgent);
  }
}
