package org.papergraph.cli.bench;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.papergraph.query.NamedQuery;
import org.papergraph.query.server.ResultCache;

/**
 * Closed-loop load: each client sends one named query, waits for the whole answer, and sends the
 * next, rotating through the queries (client {@code c} starts at query {@code c}) with parameter
 * values drawn from {@link QueryParameters}. Requests that start during the warm-up are not
 * counted; no request starts after the deadline. A status other than 200, or no answer, is an
 * error.
 */
public final class QueryLoad {

  /** Latencies of every counted request, overall and per named query. */
  public record Result(Latencies overall, Map<String, Latencies> byQuery, double seconds) {}

  private final Supplier<SparqlClient> clients;
  private final List<NamedQuery> queries;
  private final QueryParameters parameters;

  public QueryLoad(Supplier<SparqlClient> clients, List<NamedQuery> queries,
      QueryParameters parameters) {
    if (queries.isEmpty()) {
      throw new IllegalArgumentException("no named queries to send");
    }
    this.clients = clients;
    this.queries = List.copyOf(queries);
    this.parameters = parameters;
  }

  public Result run(int clientCount, double warmupSeconds, double seconds)
      throws InterruptedException {
    long begin = System.nanoTime();
    long countFrom = begin + (long) (warmupSeconds * 1e9);
    long deadline = countFrom + (long) (seconds * 1e9);
    List<Map<String, Latencies>> perClient = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clientCount; c++) {
      Map<String, Latencies> mine = new TreeMap<>();
      perClient.add(mine);
      int id = c;
      Thread t = new Thread(() -> loop(id, clients.get(), mine, countFrom, deadline),
          "load-client-" + c);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    double measured = (Math.max(System.nanoTime(), deadline) - countFrom) / 1e9;
    Map<String, Latencies> byQuery = new TreeMap<>();
    Latencies overall = new Latencies();
    for (Map<String, Latencies> m : perClient) {
      m.forEach((name, l) -> {
        byQuery.computeIfAbsent(name, k -> new Latencies()).addAll(l);
        overall.addAll(l);
      });
    }
    return new Result(overall, byQuery, measured);
  }

  private void loop(int id, SparqlClient client, Map<String, Latencies> out, long countFrom,
      long deadline) {
    SplittableRandom rnd = new SplittableRandom(id);
    for (long i = id; System.nanoTime() < deadline; i++) {
      NamedQuery q = queries.get((int) (i % queries.size()));
      String text = q.bind(parameters.pick(q, rnd)).toString();
      long t0 = System.nanoTime();
      boolean ok;
      boolean cached = false;
      try {
        HttpResponse<Void> r = client.send(text);
        ok = r.statusCode() == 200;
        cached = r.headers().firstValue(ResultCache.HEADER).orElse("").equals("hit");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (Exception e) {
        ok = false;
      }
      long t1 = System.nanoTime();
      if (t0 >= countFrom) {
        Latencies l = out.computeIfAbsent(q.name(), k -> new Latencies());
        if (ok) {
          l.add(t1 - t0);
          if (cached) {
            l.cached();
          }
        } else {
          l.error();
        }
      }
    }
  }
}
