package dev.dialtone.runtime.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.dialtone.runtime.flows.FlowService;
import dev.dialtone.runtime.numbers.NumberService;
import dev.dialtone.runtime.support.RuntimeTestApplication;
import dev.dialtone.telephony.ari.AriTelephony;
import dev.dialtone.telephony.ari.fake.FakeAriServer;
import dev.dialtone.telephony.ari.floor.AriFloorLoop;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Dead air over ARI: N concurrent callers against the fake Asterisk, through the whole runtime
 * (ari4java, routing, Zeebe, workers, journal), side by side with a minimal hand-written ari4java
 * loop issuing the same commands (the floor). Dead air is measured where a caller hears it, at the
 * fake Asterisk: from the answer, the end of a prompt or a key to the next media or hang-up command
 * on that channel.
 *
 * <p>Each caller: welcome prompt, a key 200 ms after it, a thanks prompt, hang-up. Arguments: the
 * leg count (default 200). {@code -Dbench.rate} calls per second (default 100), {@code
 * -Dbench.prompt} the prompt length in ms (default 1000): how many legs are live at once follows
 * from both, and is printed (peak). Also printed: the gaps by kind (answer → play, key → play,
 * prompt end → hang-up), how long callers rang before they were answered (the setup gate holds
 * calls over its bound ringing), and the JVM's CPU per call, also by thread (the fake Asterisk runs
 * in the same JVM; the floor's figure is what it and a bare ari4java loop cost). {@code
 * -Dbench.ari.paths=runtime} (or {@code floor}) runs one path only.
 */
public final class AriDeadAirBenchmark {

  private static final String NUMBER = "+15550100";
  private static final Duration PROMPT = Duration.ofMillis(Long.getLong("bench.prompt", 1000));
  private static final String FLOW =
      """
      {"format": "dialtone.flow/1", "name": "ARI benchmark",
       "nodes": [
         {"id": "start", "type": "start"},
         {"id": "welcome", "type": "talk", "options": {"text": "Welcome. Please press a key."}},
         {"id": "key", "type": "digits", "options": {"timeout_ms": 5000, "max_digits": 1}},
         {"id": "thanks", "type": "talk", "options": {"text": "Thank you. Goodbye."}},
         {"id": "bye", "type": "hangup"}],
       "edges": [
         {"from": "start", "to": "welcome"}, {"from": "welcome", "to": "key"},
         {"from": "key", "to": "thanks"}, {"from": "thanks", "to": "bye"}]}
      """;

  private AriDeadAirBenchmark() {}

  public static void main(String[] args) throws Exception {
    int legs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    double rate = Double.parseDouble(System.getProperty("bench.rate", "100"));
    int warmUp = Integer.getInteger("bench.warmup", 200);
    List<String> paths = List.of(System.getProperty("bench.ari.paths", "runtime,floor").split(","));

    Map<String, Run> runs = new LinkedHashMap<>();
    if (paths.contains("runtime")) {
      try (FakeAriServer asterisk = FakeAriServer.start("dialtone", "dialtone", "bench-secret")) {
        asterisk.promptLength(media -> PROMPT);
        try (ConfigurableApplicationContext app = runtime(asterisk)) {
          UUID flow = app.getBean(FlowService.class).create(FLOW, "bench").flow().id();
          app.getBean(FlowService.class).publish(flow, "bench");
          app.getBean(NumberService.class).create(NUMBER, flow);
          AriTelephony telephony = app.getBean(AriTelephony.class);
          waitUntil(() -> telephony.connectionState().isUp(), Duration.ofSeconds(20));
          runs.put("runtime", measure("runtime", asterisk, legs, rate, warmUp));
        }
      }
    }
    if (paths.contains("floor")) {
      try (FakeAriServer asterisk = FakeAriServer.start("floor", "dialtone", "bench-secret");
          AriFloorLoop loop =
              new AriFloorLoop(asterisk.url(), "floor", "dialtone", "bench-secret")) {
        asterisk.promptLength(media -> PROMPT);
        waitUntil(() -> asterisk.eventSockets() > 0, Duration.ofSeconds(20));
        runs.put("floor", measure("floor", asterisk, legs, rate, warmUp));
      }
    }
    report(legs, rate, runs);
    // ari4java's Netty threads are not daemons and may outlive cleanup(): end the program here
    System.exit(0);
  }

  private static void report(int legs, double rate, Map<String, Run> runs) {
    System.out.printf(
        Locale.ROOT,
        "%d legs, calls arriving at %.0f/s, prompts %d ms, cores %d, load-1m %.2f%n",
        legs,
        rate,
        PROMPT.toMillis(),
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    System.out.println("path      gaps   p50-ms   p99-ms   max-ms  peak-live  cpu-ms/call");
    runs.forEach(AriDeadAirBenchmark::print);
    System.out.println("ringing before the answer (StasisStart → answer, the setup gate's queue)");
    runs.forEach(
        (path, run) ->
            System.out.printf(
                Locale.ROOT,
                "%-8s p50 %8.2f  p99 %8.2f  max %8.2f ms%n",
                path,
                percentile(run.rings(), 50) / 1e6,
                percentile(run.rings(), 99) / 1e6,
                percentile(run.rings(), 100) / 1e6));
    runs.forEach((path, run) -> System.out.println(path + run.cpuByThread()));
    Run runtime = runs.get("runtime");
    Run floor = runs.get("floor");
    if (runtime == null || floor == null) {
      return;
    }
    System.out.printf(
        Locale.ROOT,
        "ratio p50 %.2f, p99 %.2f (runtime / floor)%n",
        (double) percentile(runtime.gaps(), 50) / Math.max(1, percentile(floor.gaps(), 50)),
        (double) percentile(runtime.gaps(), 99) / Math.max(1, percentile(floor.gaps(), 99)));
    System.out.println("by kind   (runtime)                          (floor)");
    runtime
        .byKind()
        .forEach(
            (kind, gaps) ->
                System.out.printf(
                    Locale.ROOT,
                    "%-24s p50 %8.2f  p99 %8.2f   p50 %8.2f  p99 %8.2f%n",
                    kind,
                    percentile(gaps, 50) / 1e6,
                    percentile(gaps, 99) / 1e6,
                    percentile(floor.byKind().getOrDefault(kind, List.of()), 50) / 1e6,
                    percentile(floor.byKind().getOrDefault(kind, List.of()), 99) / 1e6));
  }

  private static ConfigurableApplicationContext runtime(FakeAriServer asterisk) throws Exception {
    return new SpringApplication(RuntimeTestApplication.class)
        .run(
            "--spring.datasource.url=jdbc:h2:mem:ari-bench;DB_CLOSE_DELAY=-1",
            "--spring.main.banner-mode=off",
            "--logging.level.root=WARN",
            "--dialtone.telephony.ari.url=" + asterisk.url(),
            "--dialtone.telephony.ari.username=dialtone",
            "--dialtone.telephony.ari.password=bench-secret",
            "--dialtone.telephony.ari.prompts.mode=directory",
            "--dialtone.telephony.ari.prompts.dir="
                + Files.createTempDirectory("dialtone-bench-prompts"));
  }

  /**
   * What one measured batch gave: gaps and ring times in nanoseconds, the gaps also by kind, and
   * where the CPU went.
   */
  private record Run(
      List<Long> gaps,
      Map<String, List<Long>> byKind,
      List<Long> rings,
      int peakLive,
      double cpuMsPerCall,
      String cpuByThread) {}

  /**
   * A warm-up batch, then the measured one, whose wall-clock window is printed (to cut a profile,
   * e.g. a flight recording, to it).
   */
  private static Run measure(String path, FakeAriServer asterisk, int legs, double rate, int warmUp)
      throws InterruptedException {
    if (warmUp > 0) {
      place(asterisk, warmUp, rate);
    }
    asterisk.resetDeadAir();
    asterisk.resetRinging();
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    CpuByThread threads = CpuByThread.now();
    long cpu = os.getProcessCpuTime();
    LocalTime from = LocalTime.now();
    int peak = place(asterisk, legs, rate);
    double cpuMs = (os.getProcessCpuTime() - cpu) / 1e6 / legs;
    System.out.println(path + " measured from " + from + " to " + LocalTime.now());
    return new Run(
        asterisk.deadAirNanos(),
        asterisk.deadAirNanosByKind(),
        asterisk.ringNanos(),
        peak,
        cpuMs,
        CpuByThread.now().perCallSince(threads, legs));
  }

  /** Places the calls and waits until all have ended; returns the most legs live at once. */
  private static int place(FakeAriServer asterisk, int legs, double rate)
      throws InterruptedException {
    long start = System.nanoTime();
    int peak = 0;
    for (int i = 0; i < legs; i++) {
      if (rate > 0) {
        long due = start + (long) (i * 1e9 / rate);
        long wait = due - System.nanoTime();
        if (wait > 0) {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
      }
      String channel = asterisk.call("+1555" + (1000000 + i), "15550100", "15550100");
      asterisk.pressKeysAfterNextPrompt(channel, Duration.ofMillis(200), "1");
      peak = Math.max(peak, asterisk.liveChannels());
    }
    long end = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    int live;
    while ((live = asterisk.liveChannels()) > 0) {
      peak = Math.max(peak, live);
      if (System.nanoTime() > end) {
        throw new IllegalStateException("benchmark stalled with " + live + " legs live");
      }
      Thread.sleep(20);
    }
    return peak;
  }

  private static void waitUntil(java.util.function.BooleanSupplier done, Duration limit)
      throws InterruptedException {
    long end = System.nanoTime() + limit.toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new IllegalStateException("benchmark stalled");
      }
      Thread.sleep(20);
    }
  }

  private static void print(String path, Run run) {
    System.out.printf(
        Locale.ROOT,
        "%-8s %6d %8.2f %8.2f %8.2f  %9d  %11.2f%n",
        path,
        run.gaps().size(),
        percentile(run.gaps(), 50) / 1e6,
        percentile(run.gaps(), 99) / 1e6,
        percentile(run.gaps(), 100) / 1e6,
        run.peakLive(),
        run.cpuMsPerCall());
  }

  private static long percentile(List<Long> gaps, int p) {
    if (gaps.isEmpty()) {
      return 0;
    }
    List<Long> sorted = new ArrayList<>(gaps);
    sorted.sort(null);
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
  }
}
