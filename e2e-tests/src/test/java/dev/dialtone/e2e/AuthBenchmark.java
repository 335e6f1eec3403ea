package dev.dialtone.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import tools.jackson.databind.ObjectMapper;

/**
 * What authentication costs per API request, against the packaged app over loopback: several
 * clients send requests as fast as they can, (a) without credentials (the 401 the server answers
 * before any login work), (b) with an API token, (c) with HTTP Basic (remembered after the first
 * check). The authenticated requests go to an unknown path under /api/v1, so the answer (404) costs
 * nothing beyond the login and the difference to (a) is the login's cost. A program that prints
 * figures, not a test; see docs/security.md for its command.
 */
public final class AuthBenchmark {

  private static final ObjectMapper JSON = new ObjectMapper();

  private AuthBenchmark() {}

  record Mode(String name, String authorization, int expectedStatus) {}

  record Figures(int requests, double seconds, double p50, double p90, double p99) {}

  public static void main(String[] args) throws Exception {
    int clients = Integer.parseInt(System.getProperty("bench.clients", "8"));
    Duration duration =
        Duration.ofSeconds(Long.parseLong(System.getProperty("bench.seconds", "10")));
    Path jar = Path.of(System.getProperty("dialtone.jar", "../designer-ui/target/dialtone.jar"));
    // what a login costs, not what the rate limit allows: clients here send as fast as they can
    try (DialtoneApp app =
        DialtoneApp.start(jar, List.of("--dialtone.api.rate-limit.enabled=false"))) {
      String basic =
          "Basic "
              + Base64.getEncoder()
                  .encodeToString(
                      (DialtoneApp.ADMIN + ":" + app.adminPassword())
                          .getBytes(StandardCharsets.UTF_8));
      String token = createToken(app, basic);
      List<Mode> modes =
          List.of(
              new Mode("no credentials (401)", null, 401),
              new Mode("API token", "Bearer " + token, 404),
              new Mode("HTTP Basic (remembered)", basic, 404));
      System.out.printf(
          "Auth benchmark: %d clients, %d s per mode, GET %s over loopback%n",
          clients, duration.toSeconds(), "/api/v1/bench-unknown");
      for (Mode mode : modes) {
        run(app, mode, clients, Duration.ofSeconds(3)); // warm-up: JIT, connections, caches
      }
      Figures baseline = null;
      for (Mode mode : modes) {
        Figures f = run(app, mode, clients, duration);
        if (baseline == null) {
          baseline = f;
        }
        System.out.printf(
            "%-26s %7.0f req/s   p50 %6.2f ms   p90 %6.2f ms   p99 %6.2f ms   p50 over 401: %+.2f ms%n",
            mode.name(),
            f.requests() / f.seconds(),
            f.p50(),
            f.p90(),
            f.p99(),
            f.p50() - baseline.p50());
      }
    }
  }

  private static String createToken(DialtoneApp app, String basic) throws Exception {
    HttpResponse<String> created =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(app.url("/api/v1/tokens")))
                    .header("Authorization", basic)
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"name\": \"benchmark\", \"role\": \"viewer\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (created.statusCode() != 201) {
      throw new IllegalStateException("token not created: " + created.body());
    }
    return JSON.readTree(created.body()).get("token").asString();
  }

  private static Figures run(DialtoneApp app, Mode mode, int clients, Duration duration)
      throws Exception {
    URI uri = URI.create(app.url("/api/v1/bench-unknown"));
    long end = System.nanoTime() + duration.toNanos();
    long start = System.nanoTime();
    List<Future<List<Long>>> results = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
      for (int c = 0; c < clients; c++) {
        results.add(pool.submit(() -> client(uri, mode, end)));
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    List<Long> all = new ArrayList<>();
    for (Future<List<Long>> result : results) {
      all.addAll(result.get());
    }
    Collections.sort(all);
    return new Figures(
        all.size(), seconds, millis(all, 0.50), millis(all, 0.90), millis(all, 0.99));
  }

  private static List<Long> client(URI uri, Mode mode, long end) throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri).GET();
    if (mode.authorization() != null) {
      builder.header("Authorization", mode.authorization());
    }
    HttpRequest request = builder.build();
    List<Long> latencies = new ArrayList<>();
    while (System.nanoTime() < end) {
      long sent = System.nanoTime();
      HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
      latencies.add(System.nanoTime() - sent);
      if (response.statusCode() != mode.expectedStatus()) {
        throw new IllegalStateException(
            mode.name() + ": expected " + mode.expectedStatus() + ", got " + response.statusCode());
      }
    }
    return latencies;
  }

  private static double millis(List<Long> sorted, double quantile) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    return sorted.get((int) Math.min(sorted.size() - 1, sorted.size() * quantile)) / 1e6;
  }
}
