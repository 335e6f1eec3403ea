package dev.dialtone.runtime.bench;

import dev.dialtone.runtime.calls.CallJournal;
import dev.dialtone.runtime.flows.FlowService;
import dev.dialtone.runtime.legs.CallLegRegistry;
import dev.dialtone.runtime.metrics.RuntimeMetrics;
import dev.dialtone.runtime.numbers.NumberService;
import dev.dialtone.runtime.simulator.SimulatorService;
import dev.dialtone.runtime.support.RuntimeTestApplication;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Does the embedded default last? Runs {@code bench.calls} calls (default 100,000) through the
 * in-process engine, the simulated telephony and an H2 file database, keeping {@code bench.live}
 * (default 200) legs live at once, and prints RSS and the live heap every {@code bench.every}
 * calls, then the trend over the second half: memory must stay flat while finished calls pile up
 * only in the database.
 */
public final class EnduranceBenchmark {

  private static final String FLOW =
      """
      {"format": "dialtone.flow/1", "name": "Endurance",
       "nodes": [
         {"id": "start", "type": "start"},
         {"id": "welcome", "type": "talk", "options": {"text": "Welcome to Dialtone."}},
         {"id": "key", "type": "digits", "options": {"timeout_ms": 300, "max_digits": 1}},
         {"id": "thanks", "type": "talk", "options": {"text": "Goodbye."}},
         {"id": "bye", "type": "hangup"}],
       "edges": [
         {"from": "start", "to": "welcome"}, {"from": "welcome", "to": "key"},
         {"from": "key", "to": "thanks"}, {"from": "thanks", "to": "bye"}]}
      """;

  private record Sample(long calls, double seconds, double rssMb, double heapMb) {}

  private EnduranceBenchmark() {}

  public static void main(String[] args) throws Exception {
    int total = Integer.getInteger("bench.calls", 100_000);
    int live = Integer.getInteger("bench.live", 200);
    int every = Integer.getInteger("bench.every", 10_000);
    Path data = Files.createTempDirectory("dialtone-endurance-");
    try (ConfigurableApplicationContext app =
        new SpringApplication(RuntimeTestApplication.class)
            .run(
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("db") + ";AUTO_SERVER=FALSE",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--dialtone.simulator.chars-per-second=40")) {
      FlowService flows = app.getBean(FlowService.class);
      UUID flow = flows.create(FLOW, "bench").flow().id();
      flows.publish(flow, "bench");
      app.getBean(NumberService.class).create("+15550100", flow);
      SimulatorService simulator = app.getBean(SimulatorService.class);
      CallLegRegistry legs = app.getBean(CallLegRegistry.class);
      RuntimeMetrics metrics = app.getBean(RuntimeMetrics.class);
      System.out.printf(
          Locale.ROOT, "%d calls, %d live at once, a sample every %d%n", total, live, every);
      System.out.println("   calls  seconds  calls/s  rss-MB  heap-live-MB  deadair-p99  live");
      List<Sample> samples = new ArrayList<>();
      long started = System.nanoTime();
      long windowStart = started;
      for (int placed = 1; placed <= total; placed++) {
        while (legs.size() >= live) {
          Thread.sleep(1);
        }
        simulator.call("+15550199", "+15550100");
        if (placed % every == 0) {
          double now = (System.nanoTime() - started) / 1e9;
          Sample sample = new Sample(placed, now, rssMb(), liveHeapMb());
          samples.add(sample);
          System.out.printf(
              Locale.ROOT,
              "%8d  %7.0f  %7.0f  %6.0f  %12.0f  %9.2fms  %4d%n",
              placed,
              now,
              every / ((System.nanoTime() - windowStart) / 1e9),
              sample.rssMb(),
              sample.heapMb(),
              metrics.deadAir().percentile(99) / 1e6,
              legs.size());
          metrics.deadAir().reset();
          windowStart = System.nanoTime();
        }
      }
      while (legs.size() > 0) {
        Thread.sleep(20);
      }
      app.getBean(CallJournal.class).flush();
      printTrend(samples);
    } finally {
      deleteQuietly(data);
    }
    System.exit(0);
  }

  /** Least-squares slope of RSS and heap over the second half of the run, per 10,000 calls. */
  private static void printTrend(List<Sample> samples) {
    List<Sample> half = samples.subList(samples.size() / 2, samples.size());
    if (half.size() < 2) {
      return;
    }
    System.out.printf(
        Locale.ROOT,
        "trend over the last %d samples: rss %+.1f MB, heap %+.1f MB per 10,000 calls; rss at end %.0f MB%n",
        half.size(),
        slope(half, true) * 10_000,
        slope(half, false) * 10_000,
        samples.getLast().rssMb());
  }

  private static double slope(List<Sample> points, boolean rss) {
    double n = points.size();
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (Sample p : points) {
      double x = p.calls();
      double y = rss ? p.rssMb() : p.heapMb();
      sx += x;
      sy += y;
      sxx += x * x;
      sxy += x * y;
    }
    return (n * sxy - sx * sy) / (n * sxx - sx * sx);
  }

  private static double rssMb() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
      }
    }
    return -1;
  }

  private static double liveHeapMb() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
  }

  private static void deleteQuietly(Path dir) throws IOException {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
