package dev.dialtone.runtime.bench;

import dev.dialtone.runtime.flows.FlowService;
import dev.dialtone.runtime.numbers.NumberService;
import dev.dialtone.runtime.support.RuntimeTestApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * N concurrent callers, each ringing a ring_all group of 3 virtual phones (one answers after a
 * random 200–1200 ms, two never do). Prints, from the moment the runtime received each answer: the
 * time until the caller was bridged with it, and until both other legs were hung up (p50/p99/max),
 * the callers that failed and why, and the machine's load average around each round.
 *
 * <p>Run: see the README ("Benchmark"). Arguments: the caller counts, e.g. {@code 200}. Properties:
 * {@code bench.rate} (callers placed per second, default 50), {@code bench.warmup} (callers of an
 * unreported first round, default 50).
 */
public final class GroupcallBenchmark {

  private static final String HOLD =
      """
      {"format": "dialtone.flow/1", "name": "Hold",
       "nodes": [{"id": "start", "type": "start"},
                 {"id": "hold", "type": "digits",
                  "options": {"timeout_ms": 600000, "max_digits": 1, "variable": "digits"}},
                 {"id": "bye", "type": "hangup"}],
       "edges": [{"from": "start", "to": "hold"}, {"from": "hold", "to": "bye"}]}
      """;
  private static final String NUMBER = "+15550800";

  private GroupcallBenchmark() {}

  public static void main(String[] args) {
    int status = 0;
    try {
      run(args);
    } catch (Exception e) {
      e.printStackTrace();
      status = 1;
    }
    // Engine and telephony threads must not keep a failed run alive.
    System.exit(status);
  }

  private static void run(String[] args) throws Exception {
    int[] counts =
        Arrays.stream(args.length == 0 ? new String[] {"200"} : args)
            .mapToInt(Integer::parseInt)
            .toArray();
    int warmUp = Integer.getInteger("bench.warmup", 50);
    int rate = Integer.getInteger("bench.rate", 50);
    System.out.printf(
        Locale.ROOT,
        "%d processors; callers placed at %d/s; load average before start: %s%n",
        Runtime.getRuntime().availableProcessors(),
        rate,
        loadAverage());
    try (ConfigurableApplicationContext app =
        new SpringApplication(RuntimeTestApplication.class)
            .run(
                "--spring.datasource.url=jdbc:h2:mem:groupcall-bench;DB_CLOSE_DELAY=-1",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN")) {
      FlowService flows = app.getBean(FlowService.class);
      UUID flow = flows.create(HOLD, "bench").flow().id();
      flows.publish(flow, "bench");
      app.getBean(NumberService.class).create(NUMBER, flow);
      GroupcallRound round = new GroupcallRound(app, NUMBER);
      if (warmUp > 0) {
        // JIT, connection pool, engine caches: the first calls through pay for them.
        GroupcallRound.Figures w = round.run(warmUp, rate);
        System.out.printf(
            Locale.ROOT,
            "warm-up: %d callers, %d bridged, failures %s%n",
            w.callers(),
            w.bridgeNanos().size(),
            w.failures());
      }
      System.out.println(
          "callers  bridged  bridge-p50  bridge-p99  bridge-max  losers-p50  losers-p99  losers-max  load");
      for (int callers : counts) {
        GroupcallRound.Figures f = round.run(callers, rate);
        Millis bridge = Millis.of(f.bridgeNanos());
        Millis losers = Millis.of(f.losersNanos());
        System.out.printf(
            Locale.ROOT,
            "%7d  %7d  %8.2fms  %8.2fms  %8.2fms  %8.2fms  %8.2fms  %8.2fms  %s%n",
            callers,
            f.bridgeNanos().size(),
            bridge.p(50),
            bridge.p(99),
            bridge.max(),
            losers.p(50),
            losers.p(99),
            losers.max(),
            loadAverage());
        f.failures()
            .forEach((why, n) -> System.out.printf(Locale.ROOT, "  failed: %d × %s%n", n, why));
      }
    }
  }

  /** The 1, 5 and 15 minute load averages (Linux), or "n/a". */
  private static String loadAverage() {
    try {
      List<String> fields = Arrays.asList(Files.readString(Path.of("/proc/loadavg")).split(" "));
      return String.join(" ", fields.subList(0, 3));
    } catch (IOException | RuntimeException e) {
      return "n/a";
    }
  }

  private record Millis(double[] sorted) {
    static Millis of(List<Long> nanos) {
      return new Millis(nanos.stream().mapToDouble(n -> n / 1e6).sorted().toArray());
    }

    double p(int percentile) {
      if (sorted.length == 0) {
        return Double.NaN;
      }
      int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }

    double max() {
      return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
    }
  }
}
