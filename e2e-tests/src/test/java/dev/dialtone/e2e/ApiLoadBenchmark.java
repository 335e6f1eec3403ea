package dev.dialtone.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.ObjectMapper;

/**
 * Does API load reach the callers? Against the packaged jar on loopback, one run, side by side: (a)
 * {@code bench.calls} calls (200) placed by 8 API clients with a token while 50 clients poll {@code
 * GET /api/v1/calls/{id}} as fast as they can, (b) the same calls with no polling. Prints the
 * token's overhead over an unauthenticated request (p50), API requests/s, and the callers' dead air
 * (p50/p99 from the app's {@code dialtone_dead_air_seconds} histogram, before/after each phase). A
 * program, not a test: {@code -Pbench-api-load} in e2e-tests (see docs/security.md).
 */
public final class ApiLoadBenchmark {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String NUMBER = "+15550142";
  private static final Pattern BUCKET =
      Pattern.compile("dialtone_dead_air_seconds_bucket\\{[^}]*le=\"([^\"]+)\"[^}]*} ([0-9.eE+]+)");
  // Four prompts in a row: three silences per call between the end of one and the next.
  private static final String FLOW =
      """
      {"format": "dialtone.flow/1", "name": "API load benchmark",
       "nodes": [{"id": "start", "type": "start"},
                 {"id": "one", "type": "talk", "options": {"text": "One."}},
                 {"id": "two", "type": "talk", "options": {"text": "Two."}},
                 {"id": "three", "type": "talk", "options": {"text": "Three."}},
                 {"id": "four", "type": "talk", "options": {"text": "Four."}},
                 {"id": "bye", "type": "hangup"}],
       "edges": [{"from": "start", "to": "one"}, {"from": "one", "to": "two"},
                 {"from": "two", "to": "three"}, {"from": "three", "to": "four"},
                 {"from": "four", "to": "bye"}]}
      """;

  // Clients are told to wait Retry-After on 429 and 503 (docs/api.md); -Dbench.obey=false polls on
  // regardless, to show what a client that ignores it costs.
  private static final boolean OBEY_RETRY_AFTER =
      Boolean.parseBoolean(System.getProperty("bench.obey", "true"));

  private final DialtoneApp app;
  private final String basic;
  private final String bearer;
  private final List<String> pollerBearers;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private ApiLoadBenchmark(
      DialtoneApp app, String basic, String bearer, List<String> pollerBearers) {
    this.app = app;
    this.basic = basic;
    this.bearer = bearer;
    this.pollerBearers = pollerBearers;
  }

  record Phase(
      String name,
      int calls,
      double seconds,
      long apiRequests,
      double pollP50,
      double pollP99,
      double deadAirP50,
      double deadAirP99,
      long refused) {}

  public static void main(String[] args) throws Exception {
    int calls = Integer.parseInt(System.getProperty("bench.calls", "200"));
    int placers = Integer.parseInt(System.getProperty("bench.placers", "8"));
    int pollers = Integer.parseInt(System.getProperty("bench.pollers", "50"));
    int pollerTokenCount = Integer.parseInt(System.getProperty("bench.pollerTokens", "1"));
    Path jar = Path.of(System.getProperty("dialtone.jar", "../designer-ui/target/dialtone.jar"));
    // e.g. -Dbench.appArgs="--dialtone.api.rate-limit.total-per-second=200" to try other limits
    List<String> appArgs =
        Arrays.stream(System.getProperty("bench.appArgs", "").trim().split("\\s+"))
            .filter(a -> !a.isEmpty())
            .toList();
    try (DialtoneApp app = DialtoneApp.start(jar, appArgs)) {
      String basic =
          "Basic "
              + Base64.getEncoder()
                  .encodeToString(
                      (DialtoneApp.ADMIN + ":" + app.adminPassword())
                          .getBytes(StandardCharsets.UTF_8));
      ApiLoadBenchmark bench = new ApiLoadBenchmark(app, basic, null, List.of());
      bench.setUp();
      // The placers are one integration and the pollers another (a dashboard, say) with
      // bench.pollerTokens tokens among them: each token has its own allowance, so the pollers
      // never slow the placing down, and 50 tokens for 50 pollers is the worst case.
      List<String> pollerTokens = new ArrayList<>();
      for (int t = 0; t < pollerTokenCount; t++) {
        pollerTokens.add("Bearer " + bench.token("pollers-" + t));
      }
      bench = new ApiLoadBenchmark(app, basic, "Bearer " + bench.token("placers"), pollerTokens);
      System.out.printf(
          "API load benchmark: %d calls by %d clients with a token; (a) with %d pollers, (b) without;"
              + " clients %s Retry-After%n",
          calls, placers, pollers, OBEY_RETRY_AFTER ? "obey" : "pollers ignore");
      bench.phase("warm-up", calls / 2, placers, pollers); // JIT, pools, the engine's caches
      double overhead = bench.tokenOverheadP50();
      Phase b = bench.phase("(b) no polling", calls, placers, 0);
      Phase a = bench.phase("(a) " + pollers + " pollers", calls, placers, pollers);
      System.out.printf(
          "%ntoken overhead over an unauthenticated request (p50): %+.2f ms%n", overhead);
      System.out.printf(
          "%-18s %6s %8s %10s %12s %12s %14s %14s %8s%n",
          "phase",
          "calls",
          "seconds",
          "API req/s",
          "poll p50 ms",
          "poll p99 ms",
          "dead air p50",
          "dead air p99",
          "429/503s");
      for (Phase p : List.of(b, a)) {
        System.out.printf(
            "%-18s %6d %8.1f %10.0f %12.2f %12.2f %11.1f ms %11.1f ms %8d%n",
            p.name(),
            p.calls(),
            p.seconds(),
            p.apiRequests() / p.seconds(),
            p.pollP50(),
            p.pollP99(),
            p.deadAirP50(),
            p.deadAirP99(),
            p.refused());
      }
    }
  }

  /** A published flow on a number. */
  private void setUp() throws Exception {
    String flowId =
        JSON.readTree(send("POST", "/api/v1/flows", FLOW, basic, 201)).get("id").asString();
    send("POST", "/api/v1/flows/" + flowId + "/publish", null, basic, 200);
    send(
        "POST",
        "/api/v1/numbers",
        "{\"number\": \"" + NUMBER + "\", \"flow_id\": \"" + flowId + "\"}",
        basic,
        201);
  }

  /** A new editor token's secret. */
  private String token(String name) throws Exception {
    String created =
        send(
            "POST",
            "/api/v1/tokens",
            "{\"name\": \"" + name + "\", \"role\": \"editor\"}",
            basic,
            201);
    return JSON.readTree(created).get("token").asString();
  }

  private Phase phase(String name, int calls, int placers, int pollers) throws Exception {
    Map<Double, Double> deadAirBefore = deadAirBuckets();
    List<String> placed = new CopyOnWriteArrayList<>();
    placed.add(placeCall()); // something to poll from the first moment
    AtomicBoolean placing = new AtomicBoolean(true);
    AtomicLong apiRequests = new AtomicLong(1);
    AtomicLong refused = new AtomicLong();
    List<Future<List<Long>>> polls = new ArrayList<>();
    long start = System.nanoTime();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int p = 0; p < pollers; p++) {
        String token = pollerBearers.get(p % pollerBearers.size());
        polls.add(pool.submit(() -> poll(token, placed, placing, apiRequests, refused)));
      }
      List<Future<?>> placing_ = new ArrayList<>();
      for (int c = 0; c < placers; c++) {
        int share = (calls - 1) / placers + (c < (calls - 1) % placers ? 1 : 0);
        placing_.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < share; i++) {
                    placed.add(placeCall());
                    apiRequests.incrementAndGet();
                  }
                  return null;
                }));
      }
      for (Future<?> f : placing_) {
        f.get();
      }
      awaitEnded(placed);
      placing.set(false);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    List<Long> latencies = new ArrayList<>();
    for (Future<List<Long>> f : polls) {
      latencies.addAll(f.get());
    }
    Collections.sort(latencies);
    Map<Double, Double> deadAir = delta(deadAirBefore, deadAirBuckets());
    return new Phase(
        name,
        placed.size(),
        seconds,
        apiRequests.get(),
        millis(latencies, 0.5),
        millis(latencies, 0.99),
        quantileMs(deadAir, 0.5),
        quantileMs(deadAir, 0.99),
        refused.get());
  }

  private List<Long> poll(
      String token,
      List<String> placed,
      AtomicBoolean placing,
      AtomicLong requests,
      AtomicLong refused)
      throws Exception {
    List<Long> latencies = new ArrayList<>();
    HttpClient own = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    while (placing.get()) {
      String id = placed.get(ThreadLocalRandom.current().nextInt(placed.size()));
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(app.url("/api/v1/calls/" + id)))
              .header("Authorization", token)
              .GET()
              .build();
      long sent = System.nanoTime();
      HttpResponse<Void> response = own.send(request, HttpResponse.BodyHandlers.discarding());
      latencies.add(System.nanoTime() - sent);
      requests.incrementAndGet();
      if (response.statusCode() == 503 || response.statusCode() == 429) {
        refused.incrementAndGet();
        if (OBEY_RETRY_AFTER) {
          Thread.sleep(retryAfterMillis(response));
        }
      } else if (response.statusCode() != 200 && response.statusCode() != 404) {
        // 404: a call placed a moment ago whose record the journal has not written yet
        throw new IllegalStateException("poll answered " + response.statusCode());
      }
    }
    return latencies;
  }

  private String placeCall() throws Exception {
    String from = "+1555" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_000_000));
    String body = "{\"from\": \"" + from + "\", \"to\": \"" + NUMBER + "\"}";
    return JSON.readTree(send("POST", "/api/v1/simulator/calls", body, bearer, 201))
        .get("call_id")
        .asString();
  }

  /** Every call of the phase has hung up (each runs about a few seconds of prompts). */
  private void awaitEnded(List<String> calls) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    for (String id : calls) {
      while (!"hangup"
          .equals(
              JSON.readTree(send("GET", "/api/v1/calls/" + id, null, bearer, 200))
                  .get("status")
                  .asString())) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("call " + id + " did not end within 5 minutes");
        }
        Thread.sleep(100);
      }
    }
  }

  /**
   * p50 of a token's GET of an unknown API path (404: no work but the login) minus a 401's, paced
   * below the default limits (100 a second per client, 60 per core in all), so that no request
   * waits for a slot.
   */
  private double tokenOverheadP50() throws Exception {
    List<Long> anonymous = new ArrayList<>();
    List<Long> withToken = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      anonymous.add(timed(null, 401));
      withToken.add(timed(bearer, 404));
      Thread.sleep(25);
    }
    Collections.sort(anonymous);
    Collections.sort(withToken);
    return millis(withToken, 0.5) - millis(anonymous, 0.5);
  }

  private long timed(String authorization, int expected) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(app.url("/api/v1/bench-unknown"))).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    long sent = System.nanoTime();
    HttpResponse<Void> response =
        http.send(request.build(), HttpResponse.BodyHandlers.discarding());
    long took = System.nanoTime() - sent;
    if (response.statusCode() != expected) {
      throw new IllegalStateException("expected " + expected + ", got " + response.statusCode());
    }
    return took;
  }

  /** Cumulative counts per upper bound (seconds) of the dead-air histogram. */
  private Map<Double, Double> deadAirBuckets() throws Exception {
    String text = send("GET", "/actuator/prometheus", null, basic, 200);
    Map<Double, Double> buckets = new TreeMap<>();
    Matcher m = BUCKET.matcher(text);
    while (m.find()) {
      double le =
          "+Inf".equals(m.group(1)) ? Double.POSITIVE_INFINITY : Double.parseDouble(m.group(1));
      buckets.merge(le, Double.parseDouble(m.group(2)), Double::sum);
    }
    return buckets;
  }

  private static Map<Double, Double> delta(Map<Double, Double> before, Map<Double, Double> after) {
    Map<Double, Double> delta = new TreeMap<>();
    after.forEach((le, count) -> delta.put(le, count - before.getOrDefault(le, 0.0)));
    return delta;
  }

  /** The upper bound of the bucket that holds the quantile: at most one bucket too high. */
  private static double quantileMs(Map<Double, Double> cumulative, double quantile) {
    double total = cumulative.getOrDefault(Double.POSITIVE_INFINITY, 0.0);
    if (total == 0) {
      return Double.NaN;
    }
    for (Map.Entry<Double, Double> bucket : cumulative.entrySet()) {
      if (bucket.getValue() >= total * quantile) {
        return bucket.getKey() * 1000;
      }
    }
    return Double.POSITIVE_INFINITY;
  }

  private String send(String method, String path, String body, String authorization, int expected)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(app.url(path)))
            .header("Authorization", authorization)
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    while (response.statusCode() == 429 || response.statusCode() == 503) {
      Thread.sleep(retryAfterMillis(response)); // every client must, even one that ignores it above
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
    if (response.statusCode() != expected) {
      throw new IllegalStateException(
          method
              + " "
              + path
              + ": expected "
              + expected
              + ", got "
              + response.statusCode()
              + " "
              + response.body());
    }
    return response.body();
  }

  private static long retryAfterMillis(HttpResponse<?> response) {
    return 1000 * Long.parseLong(response.headers().firstValue("Retry-After").orElse("1"));
  }

  private static double millis(List<Long> sorted, double quantile) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    return sorted.get((int) Math.min(sorted.size() - 1, sorted.size() * quantile)) / 1e6;
  }
}
