package org.papergraph.ingest.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A real HTTP server on a free loopback port that replays scripted responses in order. */
final class ReplayServer implements AutoCloseable {

  /** One scripted response; {@code sendBytes < body.length} cuts the body off mid-way. */
  record Reply(int status, byte[] body, int sendBytes, long delayMillis) {
    static Reply ok(byte[] body) {
      return new Reply(200, body, body.length, 0);
    }

    static Reply ok(String body) {
      return ok(body.getBytes(StandardCharsets.UTF_8));
    }

    static Reply status(int status) {
      return new Reply(status, ("{\"error\":\"status " + status + "\"}")
          .getBytes(StandardCharsets.UTF_8), -1, 0);
    }

    static Reply truncated(byte[] body) {
      return new Reply(200, body, body.length / 2, 0);
    }

    static Reply slow(byte[] body, long millis) {
      return new Reply(200, body, body.length, millis);
    }
  }

  record Request(URI uri, String userAgent, long nanos) {}

  private final HttpServer server;
  private final Deque<Reply> replies = new ArrayDeque<>();
  final List<Request> requests = new ArrayList<>();

  ReplayServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  ReplayServer then(Reply reply) {
    synchronized (replies) {
      replies.add(reply);
    }
    return this;
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  private void handle(HttpExchange exchange) throws IOException {
    Reply reply;
    synchronized (replies) {
      requests.add(new Request(exchange.getRequestURI(),
          exchange.getRequestHeaders().getFirst("User-Agent"), System.nanoTime()));
      reply = replies.isEmpty() ? Reply.status(500) : replies.poll();
    }
    try {
      if (reply.delayMillis() > 0) {
        Thread.sleep(reply.delayMillis());
      }
      boolean whole = reply.sendBytes() < 0 || reply.sendBytes() == reply.body().length;
      exchange.sendResponseHeaders(reply.status(), reply.body().length);
      OutputStream out = exchange.getResponseBody();
      out.write(reply.body(), 0, whole ? reply.body().length : reply.sendBytes());
      out.flush();
      if (whole) {
        out.close();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // the client went away (timeout); nothing to tell it
    } finally {
      exchange.close();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
