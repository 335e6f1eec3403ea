package dev.dialtone.e2e;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The call list at a million calls, timed through the REST API of the packaged jar, the way an
 * integrator meets it: the app on an H2 file (the embedded default; or an embedded PostgreSQL with
 * {@code -Dbench.database=postgres}) is started once to migrate it and hand out a viewer token,
 * stopped, filled with N call rows ({@link CallRowsFill}), started again, and then {@code GET
 * /api/v1/calls} is timed {@code bench.runs} times per query (first pages, deep pages by cursor,
 * each filter) from one client over loopback: p50 / p99 / max of the whole request (HTTP, login by
 * token, query, JSON), then the app's resident memory. A program, not a test: {@code
 * -Pbench-calls-api} in e2e-tests (see docs/api.md).
 */
public final class CallsApiBenchmark {

  static final Instant START = Instant.parse("2026-11-01T00:00:00Z");
  private static final long SPAN_SECONDS = 30L * 86_400;
  private static final int PAGE = 50;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newHttpClient();
  private final DialtoneApp app;
  private final String token;

  private CallsApiBenchmark(DialtoneApp app, String token) {
    this.app = app;
    this.token = token;
  }

  /** A query of the list; run {@code i} may ask for a different page. */
  private record Query(String name, IntFunction<String> parameters) {}

  public static void main(String[] args) throws Exception {
    int rows = Integer.parseInt(System.getProperty("bench.calls", "1000000"));
    int runs = Integer.parseInt(System.getProperty("bench.runs", "100"));
    Path jar = Path.of(System.getProperty("dialtone.jar", "../designer-ui/target/dialtone.jar"));
    if ("postgres".equals(System.getProperty("bench.database", "h2"))) {
      try (EmbeddedPostgres postgres =
          EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start()) {
        String url = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
        run(jar, "PostgreSQL (embedded)", url, "postgres", rows, runs);
      }
      return;
    }
    Path dir = Files.createTempDirectory("dialtone-calls-api");
    try {
      run(jar, "H2 (file)", "jdbc:h2:file:" + dir.resolve("dialtone"), "sa", rows, runs);
      System.out.printf("the H2 file: %,d MB%n", sizeOf(dir) >> 20);
    } finally {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
      Files.delete(dir);
    }
  }

  /** Migrate (first start), fill while the app is stopped, start again and time the list. */
  private static void run(Path jar, String database, String url, String user, int rows, int runs)
      throws Exception {
    String token;
    try (DialtoneApp first = DialtoneApp.start(jar, url, user, List.of())) {
      token = new Api(first).createToken("calls-benchmark", "viewer");
    }
    long t0 = System.nanoTime();
    CallRowsFill.fill(url, user, rows);
    System.out.printf(
        "Calls API benchmark, %s: %,d calls written into the app's database in %.0f s%n",
        database, rows, (System.nanoTime() - t0) / 1e9);
    t0 = System.nanoTime();
    // what a page costs, not what the rate limit allows one client
    try (DialtoneApp app =
        DialtoneApp.start(jar, url, user, List.of("--dialtone.api.rate-limit.enabled=false"))) {
      System.out.printf(
          "app started on it in %.1f s; GET /api/v1/calls with a viewer token, pages of %d,"
              + " %d runs per query, one client over loopback%n",
          (System.nanoTime() - t0) / 1e9, PAGE, runs);
      new CallsApiBenchmark(app, token).run(runs);
    }
  }

  private void run(int runs) throws Exception {
    Random random = new Random(11);
    // a cursor somewhere in the older half, a different one each run, as deep readers hold them
    List<String> deep = new ArrayList<>();
    for (int i = 0; i < runs + 5; i++) {
      deep.add(cursorAt(START.plusSeconds(1 + random.nextInt((int) (SPAN_SECONDS / 2)))));
    }
    String master = aMasterWithLegs();
    System.out.printf(
        "  %-46s %9s %9s %9s %5s%n", "GET /api/v1/calls?…", "p50 ms", "p99 ms", "max ms", "rows");
    for (Query query : queries(deep, master)) {
      time(query, runs);
    }
    System.out.printf("%s%nload average (1/5/15 min): %s%n", memory(), loadAverage());
  }

  private static List<Query> queries(List<String> deep, String master) {
    String flow = "flow_id=" + CallRowsFill.flow(3);
    String number = "number=" + encode("+4930" + (1_000_000 + 17));
    Instant day = START.plusSeconds(86_400 * 10);
    String oneDay = "since=" + day + "&until=" + day.plusSeconds(86_400);
    IntFunction<String> after = i -> "&cursor=" + deep.get(i);
    return List.of(
        new Query("(first page)", i -> ""),
        new Query("cursor= (deep page, older half)", i -> after.apply(i).substring(1)),
        new Query("flow_id (first page)", i -> flow),
        new Query("flow_id, deep page", i -> flow + after.apply(i)),
        new Query("number (caller or called)", i -> number),
        new Query("number, deep page", i -> number + after.apply(i)),
        new Query("status=progressing (1%)", i -> "status=progressing"),
        new Query("status=progressing, deep page", i -> "status=progressing" + after.apply(i)),
        new Query("status=hangup (99%), deep page", i -> "status=hangup" + after.apply(i)),
        new Query("direction=outgoing (10%)", i -> "direction=outgoing"),
        new Query("direction=outgoing, deep page", i -> "direction=outgoing" + after.apply(i)),
        new Query("since/until (one day)", i -> oneDay),
        new Query("flow_id + since/until", i -> flow + "&" + oneDay),
        new Query("master_call_id (legs of one call)", i -> "master_call_id=" + master),
        new Query("chained=false (calls of their own)", i -> "chained=false"),
        new Query("chained=false, deep page", i -> "chained=false" + after.apply(i)),
        new Query(
            "chained=false + flow + number + status + day",
            i ->
                "chained=false&flow_id="
                    + CallRowsFill.flow(7)
                    + "&"
                    + number
                    + "&status="
                    + "progressing&"
                    + oneDay));
  }

  private void time(Query query, int runs) throws Exception {
    for (int i = 0; i < 5; i++) {
      page(ofFifty(query, runs + i)); // warm up: JIT, caches, connections
    }
    long[] nanos = new long[runs];
    int found = 0;
    for (int i = 0; i < runs; i++) {
      String parameters = ofFifty(query, i);
      long t = System.nanoTime();
      String body = page(parameters);
      nanos[i] = System.nanoTime() - t;
      found = JSON.readTree(body).get("calls").size();
    }
    if (found == 0) {
      throw new IllegalStateException(query.name() + ": the last page was empty");
    }
    Arrays.sort(nanos);
    System.out.printf(
        "  %-46s %9.2f %9.2f %9.2f %5d%n",
        query.name(),
        nanos[runs / 2] / 1e6,
        nanos[Math.min(runs - 1, (int) Math.ceil(runs * 0.99) - 1)] / 1e6,
        nanos[runs - 1] / 1e6,
        found);
  }

  private static String ofFifty(Query query, int run) {
    String parameters = query.parameters().apply(run);
    return "limit=" + PAGE + (parameters.isEmpty() ? "" : "&" + parameters);
  }

  private String page(String parameters) throws IOException, InterruptedException {
    URI uri = URI.create(app.url("/api/v1/calls?" + parameters));
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "GET " + uri + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  /** The cursor a reader holds who paged down to {@code at}: asked of the API, never built. */
  private String cursorAt(Instant at) throws Exception {
    return JSON.readTree(page("limit=1&until=" + at)).get("next_cursor").asString();
  }

  private String aMasterWithLegs() throws Exception {
    JsonNode legs =
        JSON.readTree(page("limit=1&chained=true&until=" + START.plusSeconds(86_400 * 5)));
    return legs.get("calls").get(0).get("master_call_id").asString();
  }

  private String memory() throws IOException {
    List<String> status = Files.readAllLines(Path.of("/proc", Long.toString(app.pid()), "status"));
    return "app memory: "
        + String.join(
            ", ",
            status.stream()
                .filter(line -> line.startsWith("VmRSS") || line.startsWith("VmHWM"))
                .map(line -> line.replaceAll("\\s+", " "))
                .toList())
        + " (VmHWM: the most it held)";
  }

  private static String loadAverage() throws IOException {
    String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
    return parts[0] + " " + parts[1] + " " + parts[2];
  }

  private static long sizeOf(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      long bytes = 0;
      for (Path file : files.toList()) {
        bytes += Files.size(file);
      }
      return bytes;
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
