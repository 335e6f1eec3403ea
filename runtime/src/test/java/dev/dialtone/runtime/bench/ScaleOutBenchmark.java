package dev.dialtone.runtime.bench;

import dev.dialtone.runtime.db.TestDatabase;
import dev.dialtone.runtime.engine.ExternalEngineProcess;
import dev.dialtone.runtime.flows.FlowService;
import dev.dialtone.runtime.legs.CallLegRegistry;
import dev.dialtone.runtime.metrics.RuntimeMetrics;
import dev.dialtone.runtime.numbers.NumberService;
import dev.dialtone.runtime.simulator.SimulatorService;
import dev.dialtone.runtime.support.RuntimeTestApplication;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.LongStream;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Dead air on an external engine (zeebe-process-test's engine in its own JVM, over loopback gRPC)
 * and PostgreSQL, with one and then two runtime instances sharing the calls, side by side. Prints
 * setups/s, dead air and setup percentiles (all instances' samples together) and the CPU per call
 * of the runtimes and of the engine, so that what a cluster needs for a target rate can be read
 * off.
 */
public final class ScaleOutBenchmark {

  private static final String FLOW =
      """
      {"format": "dialtone.flow/1", "name": "Scale-out",
       "nodes": [
         {"id": "start", "type": "start"},
         {"id": "welcome", "type": "talk", "options": {"text": "Welcome to the Dialtone scale-out line."}},
         {"id": "key", "type": "digits", "options": {"timeout_ms": 500, "max_digits": 1}},
         {"id": "thanks", "type": "talk", "options": {"text": "Thank you. Goodbye."}},
         {"id": "bye", "type": "hangup"}],
       "edges": [
         {"from": "start", "to": "welcome"}, {"from": "welcome", "to": "key"},
         {"from": "key", "to": "thanks"}, {"from": "thanks", "to": "bye"}]}
      """;

  private ScaleOutBenchmark() {}

  public static void main(String[] args) throws Exception {
    int legs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    double rate = Double.parseDouble(System.getProperty("bench.rate", "100"));
    int warmUp = Integer.getInteger("bench.warmup", 400);
    int rounds = Integer.getInteger("bench.rounds", 9);
    try (ExternalEngineProcess engine = new ExternalEngineProcess()) {
      System.out.printf(
          Locale.ROOT,
          "%d legs arriving at %.0f/s on an external engine (own JVM, gRPC on loopback) and PostgreSQL%n",
          legs,
          rate);
      System.out.println(
          "instances  setups/s  setup-p99  deadair-p50  deadair-p99  deadair-max  runtime-cpu-ms/call  engine-cpu-ms/call  load-1m");
      // One, two, one, two …: each configuration runs in every round, so neither profits alone
      // from the JIT and the engine warming up over the first rounds.
      // Rounds after the first are also pooled per configuration: a p99 of one round rests on a
      // handful of samples.
      List<List<long[]>> pooled = List.of(new ArrayList<>(), new ArrayList<>());
      for (int round = 0; round < rounds; round++) {
        for (int instances = 1; instances <= 2; instances++) {
          long[] deadAir = run(engine, instances, legs, rate, warmUp);
          if (round > 0) {
            pooled.get(instances - 1).add(deadAir);
          }
        }
      }
      if (rounds > 1) {
        System.out.printf(Locale.ROOT, "%nrounds 2-%d pooled: dead air p50 / p99 / max%n", rounds);
        double[] p99 = new double[2];
        for (int instances = 1; instances <= 2; instances++) {
          long[] all =
              pooled.get(instances - 1).stream().flatMapToLong(LongStream::of).sorted().toArray();
          p99[instances - 1] = percentile(all, 99);
          System.out.printf(
              Locale.ROOT,
              "%9d  %9.2fms  %9.2fms  %9.2fms  (%d gaps)%n",
              instances,
              percentile(all, 50),
              p99[instances - 1],
              percentile(all, 100),
              all.length);
        }
        System.out.printf(Locale.ROOT, "two instances / one: p99 x%.2f%n", p99[1] / p99[0]);
      }
    }
    System.exit(0);
  }

  /** Prints one row; returns the dead-air samples (nanoseconds, sorted). */
  private static long[] run(
      ExternalEngineProcess engine, int instances, int legs, double rate, int warmUp)
      throws Exception {
    TestDatabase.POSTGRES.reset();
    List<ConfigurableApplicationContext> runtimes = new ArrayList<>();
    try {
      for (int i = 1; i <= instances; i++) {
        runtimes.add(runtime(engine, "scale-" + i));
      }
      String number = publish(runtimes.getFirst());
      place(runtimes, number, warmUp, rate);
      runtimes.forEach(r -> r.getBean(RuntimeMetrics.class).deadAir().reset());
      runtimes.forEach(r -> r.getBean(RuntimeMetrics.class).callSetup().reset());
      long cpuBefore = processCpuNanos();
      long engineBefore = engine.cpuNanos();
      long started = System.nanoTime();
      double seconds = place(runtimes, number, legs, rate) - started / 1e9;
      long[] deadAir = merged(runtimes, true);
      long[] setup = merged(runtimes, false);
      System.out.printf(
          Locale.ROOT,
          "%9d  %8.0f  %7.1fms  %9.2fms  %9.2fms  %9.2fms  %19.2f  %18.2f  %7.2f%n",
          instances,
          legs / seconds,
          percentile(setup, 99),
          percentile(deadAir, 50),
          percentile(deadAir, 99),
          percentile(deadAir, 100),
          (processCpuNanos() - cpuBefore) / 1e6 / legs,
          (engine.cpuNanos() - engineBefore) / 1e6 / legs,
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      return deadAir;
    } finally {
      runtimes.forEach(ConfigurableApplicationContext::close);
    }
  }

  /**
   * Places {@code count} calls round-robin over the instances, then waits until all have ended;
   * returns when (in {@code System.nanoTime()} seconds) the last of them had its first prompt.
   */
  private static double place(
      List<ConfigurableApplicationContext> runtimes, String number, int count, double rate)
      throws InterruptedException {
    List<SimulatorService> simulators =
        runtimes.stream().map(r -> r.getBean(SimulatorService.class)).toList();
    long started = System.nanoTime();
    for (int i = 0; i < count; i++) {
      long wait = started + (long) (i * 1e9 / rate) - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
      simulators.get(i % simulators.size()).call("+15550199", number);
    }
    List<RuntimeMetrics> metrics =
        runtimes.stream().map(r -> r.getBean(RuntimeMetrics.class)).toList();
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (metrics.stream().mapToLong(m -> m.callSetup().count()).sum() < count
        && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    double setUp = System.nanoTime() / 1e9;
    for (ConfigurableApplicationContext runtime : runtimes) {
      CallLegRegistry legs = runtime.getBean(CallLegRegistry.class);
      while (legs.size() > 0) {
        Thread.sleep(20);
      }
    }
    return setUp;
  }

  private static ConfigurableApplicationContext runtime(ExternalEngineProcess engine, String id) {
    return new SpringApplication(RuntimeTestApplication.class)
        .run(
            "--spring.datasource.url=" + TestDatabase.POSTGRES.jdbcUrl(),
            "--spring.datasource.username=" + TestDatabase.POSTGRES.user(),
            "--spring.main.banner-mode=off",
            "--logging.level.root=WARN",
            "--dialtone.zeebe.mode=external",
            "--dialtone.zeebe.gateway-address=" + engine.gatewayAddress(),
            "--dialtone.runtime.instance-id=" + id);
  }

  private static String publish(ConfigurableApplicationContext runtime) {
    FlowService flows = runtime.getBean(FlowService.class);
    UUID flow = flows.create(FLOW, "bench").flow().id();
    flows.publish(flow, "bench");
    String number = "+1555" + (1000000 + (int) (Math.random() * 8999999));
    runtime.getBean(NumberService.class).create(number, flow);
    return number;
  }

  private static long[] merged(List<ConfigurableApplicationContext> runtimes, boolean deadAir) {
    return runtimes.stream()
        .map(r -> r.getBean(RuntimeMetrics.class))
        .flatMapToLong(
            m -> LongStream.of(deadAir ? m.deadAir().snapshot() : m.callSetup().snapshot()))
        .sorted()
        .toArray();
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return -1;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
