package org.papergraph.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** SPARQL queries over HTTP POST to one loopback endpoint. */
public final class SparqlClient {

  private final URI endpoint;
  private final HttpClient http;
  private final Duration timeout;

  private SparqlClient(URI endpoint, Duration timeout) {
    this.endpoint = endpoint;
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();
  }

  /**
   * A client for {@code endpoint}, which must be an http URL on a loopback address.
   *
   * @throws IllegalArgumentException naming the URL and the rule otherwise
   */
  public static SparqlClient loopback(String endpoint, Duration timeout) {
    URI uri;
    try {
      uri = URI.create(endpoint);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("endpoint '" + endpoint + "' is not a URL: "
          + e.getMessage());
    }
    if (!"http".equals(uri.getScheme()) || uri.getHost() == null) {
      throw new IllegalArgumentException("endpoint '" + endpoint
          + "' must be an http URL such as http://127.0.0.1:3030/papers/sparql");
    }
    if (!isLoopback(uri.getHost())) {
      throw new IllegalArgumentException("endpoint '" + endpoint + "': host " + uri.getHost()
          + " is not a loopback address; the load client only talks to this machine");
    }
    return new SparqlClient(uri, timeout);
  }

  private static boolean isLoopback(String host) {
    try {
      for (InetAddress a : InetAddress.getAllByName(host)) {
        if (!a.isLoopbackAddress()) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Sends {@code query} and reads the whole body; the response carries status and headers. */
  public HttpResponse<Void> send(String query) throws IOException, InterruptedException {
    return http.send(request(query), HttpResponse.BodyHandlers.discarding());
  }

  /** Runs a SELECT and returns the SPARQL JSON results; fails on a status other than 200. */
  public JsonNode select(String query) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(request(query),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (r.statusCode() != 200) {
      throw new IOException(endpoint + " answered " + r.statusCode() + " to a setup query: "
          + r.body().lines().findFirst().orElse(""));
    }
    return QueryParameters.JSON.readTree(r.body());
  }

  private HttpRequest request(String query) {
    return HttpRequest.newBuilder(endpoint)
        .timeout(timeout)
        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
        .header("Accept", "application/sparql-results+json")
        .POST(HttpRequest.BodyPublishers.ofString(
            "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
        .build();
  }
}
