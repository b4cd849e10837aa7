package org.papergraph.ingest.fetch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * GET with retries: 5xx, 429, I/O errors, timeouts and bodies the validator refuses are retried
 * with exponential backoff (honouring {@code Retry-After} up to a minute); other 4xx fail at once.
 */
final class HttpGetter {

  /** Checks a body is complete; returns the number of records or throws with the reason. */
  interface Validator {
    int validate(byte[] body) throws IOException;
  }

  record Response(byte[] body, int records) {}

  private final FetchConfig config;
  private final HttpClient client;
  private int requests;

  HttpGetter(FetchConfig config) {
    this.config = config;
    this.client = HttpClient.newBuilder().connectTimeout(config.timeout())
        .followRedirects(HttpClient.Redirect.NORMAL).build();
  }

  Response get(URI uri, Validator validator) throws FetchException {
    String lastProblem = "";
    for (int attempt = 1; attempt <= config.maxAttempts(); attempt++) {
      Duration wait = config.initialBackoff().multipliedBy(1L << Math.min(attempt - 1, 20));
      try {
        requests++;
        HttpResponse<byte[]> response = client.send(request(uri),
            HttpResponse.BodyHandlers.ofByteArray());
        int status = response.statusCode();
        if (status == 200) {
          try {
            return new Response(response.body(), validator.validate(response.body()));
          } catch (IOException e) {
            lastProblem = "incomplete or invalid body (" + e.getMessage() + ")";
          }
        } else if (status >= 500 || status == 429) {
          lastProblem = "HTTP " + status;
          wait = retryAfter(response, wait);
        } else {
          throw new FetchException(uri + ": HTTP " + status + " "
              + excerpt(response.body()) + " (not retried: the request itself was refused)");
        }
      } catch (IOException e) {
        lastProblem = e.getClass().getSimpleName() + (e.getMessage() == null ? ""
            : ": " + e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new FetchException(uri + ": interrupted", e);
      }
      if (attempt < config.maxAttempts()) {
        sleep(wait);
      }
    }
    throw new FetchException(uri + ": failed after " + config.maxAttempts() + " attempts; last: "
        + lastProblem);
  }

  int requests() {
    return requests;
  }

  private HttpRequest request(URI uri) {
    return HttpRequest.newBuilder(uri).GET().timeout(config.timeout())
        .header("User-Agent", config.userAgent()).build();
  }

  private static Duration retryAfter(HttpResponse<?> response, Duration fallback) {
    return response.headers().firstValue("Retry-After")
        .filter(v -> v.matches("\\d{1,4}"))
        .map(v -> Duration.ofSeconds(Math.min(60, Long.parseLong(v))))
        .filter(d -> d.compareTo(fallback) > 0)
        .orElse(fallback);
  }

  static void sleep(Duration duration) throws FetchException {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException("interrupted while waiting", e);
    }
  }

  private static String excerpt(byte[] body) {
    String text = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8).strip();
    return text.isEmpty() ? "" : "'" + text.replaceAll("\\s+", " ") + "'";
  }
}
