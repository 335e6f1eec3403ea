package dev.dialtone.runtime.webhooks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook receiver on 127.0.0.1 that checks each signature the way docs/webhooks.md tells an
 * integrator to, and can be told to fail its next requests.
 */
final class LoopbackReceiver implements AutoCloseable {

  /** A request as received; {@code signed} says the signature matched the body. */
  record Received(String event, String delivery, String body, boolean signed, int answered) {}

  private final HttpServer server;
  private final String secret;
  private final AtomicInteger failuresLeft = new AtomicInteger();
  private volatile boolean down;
  private final List<Received> requests = new CopyOnWriteArrayList<>();

  LoopbackReceiver(String secret) throws IOException {
    this.secret = secret;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/hook", this::handle);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  void failNext(int count) {
    failuresLeft.set(count);
  }

  void down(boolean down) {
    this.down = down;
  }

  /** Every request, failed ones included, in arrival order. */
  List<Received> requests() {
    return List.copyOf(requests);
  }

  /** The requests answered 2xx, in arrival order. */
  List<Received> accepted() {
    return requests.stream().filter(r -> r.answered() / 100 == 2).toList();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String header = exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER);
    int status = down ? 503 : failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 204;
    requests.add(
        new Received(
            exchange.getRequestHeaders().getFirst("X-Dialtone-Event"),
            exchange.getRequestHeaders().getFirst("X-Dialtone-Delivery"),
            body,
            verify(header, body),
            status));
    exchange.sendResponseHeaders(status, -1);
    exchange.close();
  }

  /** Splits {@code t=…,v1=…}, recomputes the HMAC over {@code t + "." + body}, compares. */
  private boolean verify(String header, String body) {
    if (header == null) {
      return false;
    }
    String t = null;
    String v1 = null;
    for (String part : header.split(",")) {
      if (part.startsWith("t=")) {
        t = part.substring(2);
      } else if (part.startsWith("v1=")) {
        v1 = part.substring(3);
      }
    }
    if (t == null || v1 == null) {
      return false;
    }
    long age = System.currentTimeMillis() / 1000 - Long.parseLong(t);
    String expected = WebhookSignature.hmac(secret, t + "." + body);
    return Math.abs(age) < 300
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.US_ASCII), v1.getBytes(StandardCharsets.US_ASCII));
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
