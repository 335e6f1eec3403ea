package dev.dialtone.runtime.bench;

import dev.dialtone.runtime.calls.CallJournal;
import dev.dialtone.runtime.calls.CallQueries;
import dev.dialtone.runtime.calls.HangupReason;
import dev.dialtone.runtime.flows.FlowService;
import dev.dialtone.runtime.legs.CallLegRegistry;
import dev.dialtone.runtime.metrics.LatencyRecorder;
import dev.dialtone.runtime.metrics.RuntimeMetrics;
import dev.dialtone.runtime.numbers.NumberService;
import dev.dialtone.runtime.simulator.SimulatorService;
import dev.dialtone.runtime.support.RuntimeTestApplication;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * N concurrent simulated calls through a 5-node flow (start → talk → digits → talk → hangup) on the
 * in-process engine. Prints call setups per second, setup time, dead air (end of a prompt → start
 * of the next action) and the heap held while all N legs are live.
 *
 * <p>Run: see the README ("Benchmark"). Arguments: the leg counts, e.g. {@code 50 200 1000}.
 */
public final class CallLoadBenchmark {

  private static final String FLOW =
      """
      {"format": "dialtone.flow/1", "name": "Benchmark",
       "nodes": [
         {"id": "start", "type": "start"},
         {"id": "welcome", "type": "talk", "options": {"text": "%s"}},
         {"id": "key", "type": "digits", "options": {"timeout_ms": 500, "max_digits": 1}},
         {"id": "thanks", "type": "talk", "options": {"text": "Thank you for calling. Goodbye."}},
         {"id": "bye", "type": "hangup"}],
       "edges": [
         {"from": "start", "to": "welcome"}, {"from": "welcome", "to": "key"},
         {"from": "key", "to": "thanks"}, {"from": "thanks", "to": "bye"}]}
      """;

  private CallLoadBenchmark() {}

  public static void main(String[] args) throws Exception {
    List<Integer> legCounts = new ArrayList<>();
    for (String arg : args.length == 0 ? new String[] {"50", "200", "1000"} : args) {
      legCounts.add(Integer.parseInt(arg));
    }
    int largest = legCounts.stream().mapToInt(Integer::intValue).max().orElseThrow();
    double rate = Double.parseDouble(System.getProperty("bench.rate", "100"));
    try (ConfigurableApplicationContext app =
        new SpringApplication(RuntimeTestApplication.class)
            .run(
                "--spring.datasource.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN")) {
      Bench bench = new Bench(app, welcomeTextFor(largest, rate), rate);
      System.out.println(
          rate > 0
              ? "calls arrive at "
                  + rate
                  + "/s (bench.rate), so the legs' transitions are spread out"
              : "all calls arrive at once (bench.rate=0): every transition is a burst — a worst case");
      // Warm-up: let the JIT compile the call path before measuring (its compiler threads compete
      // with the engine for the two cores while they work).
      int warmUp = Integer.getInteger("bench.warmup", 500);
      if (warmUp > 0) {
        bench.run(warmUp, false);
      }
      System.out.println(
          "legs  placed/s  setups/s  setup-p50  setup-p99  deadair-p50  deadair-p99  deadair-max  heap-live-MB  failed  cpu-ms/call  load-1m");
      for (int legs : legCounts) {
        bench.run(legs, true);
      }
    }
    System.exit(0);
  }

  /** A welcome prompt long enough that every leg is still in it when the last one starts. */
  /** A welcome prompt that outlasts the arrivals, so all legs are live at once. */
  private static String welcomeTextFor(int legs, double rate) {
    int seconds = 5 + (int) Math.ceil(rate > 0 ? legs / rate : legs / 50.0);
    return "Welcome to the Dialtone benchmark line. ".repeat(Math.max(1, seconds * 15 / 40));
  }

  private static final class Bench {
    private final SimulatorService simulator;
    private final CallLegRegistry legs;
    private final RuntimeMetrics metrics;
    private final CallQueries calls;
    private final CallJournal journal;
    private final String number;
    private final double rate;

    Bench(ConfigurableApplicationContext app, String welcome, double rate) {
      this.rate = rate;
      this.simulator = app.getBean(SimulatorService.class);
      this.legs = app.getBean(CallLegRegistry.class);
      this.metrics = app.getBean(RuntimeMetrics.class);
      this.calls = app.getBean(CallQueries.class);
      this.journal = app.getBean(CallJournal.class);
      FlowService flows = app.getBean(FlowService.class);
      UUID flow = flows.create(FLOW.formatted(welcome), "bench").flow().id();
      flows.publish(flow, "bench");
      this.number = "+1555" + (1000000 + (int) (Math.random() * 8999999));
      app.getBean(NumberService.class).create(number, flow);
    }

    void run(int count, boolean report) throws InterruptedException {
      metrics.deadAir().reset();
      metrics.callSetup().reset();
      List<UUID> placed = new ArrayList<>(count);
      long cpuBefore = processCpuNanos();
      CpuByThread threadsBefore = CpuByThread.now();
      long started = System.nanoTime();
      for (int i = 0; i < count; i++) {
        if (rate > 0) {
          long due = started + (long) (i * 1e9 / rate);
          long wait = due - System.nanoTime();
          if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
          }
        }
        placed.add(simulator.call("+15550199", number));
      }
      double placing = (System.nanoTime() - started) / 1e9;
      // Every call either starts its flow or fails (e.g. the engine timed out); stop waiting when
      // nothing has moved for 15 s.
      long seen = -1;
      long lastProgress = System.nanoTime();
      while (metrics.callSetup().count() < count
          && System.nanoTime() - lastProgress < 15_000_000_000L) {
        Thread.sleep(1);
        if (metrics.callSetup().count() != seen) {
          seen = metrics.callSetup().count();
          lastProgress = System.nanoTime();
        }
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      int live = legs.size();
      long heap = liveHeapBytes();
      while (legs.size() > 0) {
        Thread.sleep(20);
      }
      journal.flush();
      long cpu = processCpuNanos() - cpuBefore;
      CpuByThread threadsAfter = CpuByThread.now();
      if (!report) {
        return;
      }
      long failed =
          placed.stream().filter(id -> calls.get(id).hangupReason() != HangupReason.NORMAL).count();
      System.out.printf(
          Locale.ROOT,
          "%4d  %8.0f  %8.0f  %7.1fms  %7.1fms  %9.2fms  %9.2fms  %9.2fms  %10.0f (%d live)  %d  %9.2f  %6.2f%n",
          count,
          count / placing,
          count / seconds,
          millis(metrics.callSetup(), 50),
          millis(metrics.callSetup(), 99),
          millis(metrics.deadAir(), 50),
          millis(metrics.deadAir(), 99),
          millis(metrics.deadAir(), 100),
          heap / 1048576.0,
          live,
          failed,
          cpu / 1e6 / count,
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      System.out.println(threadsAfter.perCallSince(threadsBefore, count));
    }

    /** CPU time of the whole process (every thread, the JIT and GC too), in nanoseconds. */
    private static long processCpuNanos() {
      return ((com.sun.management.OperatingSystemMXBean)
              ManagementFactory.getOperatingSystemMXBean())
          .getProcessCpuTime();
    }

    private static double millis(LatencyRecorder recorder, double percentile) {
      return recorder.percentile(percentile) / 1e6;
    }

    private static long liveHeapBytes() {
      System.gc();
      return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
  }
}
