package dev.dialtone.runtime.bench;

import dev.dialtone.runtime.dialing.DialResult;
import dev.dialtone.runtime.dialing.DialTimings;
import dev.dialtone.runtime.dialing.DialTree;
import dev.dialtone.runtime.dialing.Dialing;
import dev.dialtone.runtime.dialing.GroupCallHandle;
import dev.dialtone.runtime.flows.FlowService;
import dev.dialtone.runtime.groups.RingMethod;
import dev.dialtone.runtime.legs.CallLeg;
import dev.dialtone.runtime.legs.CallLegRegistry;
import dev.dialtone.runtime.numbers.NumberService;
import dev.dialtone.runtime.simulator.SimulatorService;
import dev.dialtone.runtime.support.RuntimeTestApplication;
import dev.dialtone.telephony.Destination;
import dev.dialtone.telephony.sim.SimulatedTelephony;
import dev.dialtone.telephony.sim.VirtualPhone;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * N concurrent callers, each ringing a ring_all group of 3 virtual phones (one answers after a
 * random 200–1200 ms, two never do). Prints, from the moment the runtime received each answer: the
 * time until the caller was bridged with it, and until both other legs were hung up (p50/p99/max).
 *
 * <p>Run: see the README ("Benchmark"). Arguments: the caller counts, e.g. {@code 200}.
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
      GroupcallBenchmark.Run run = new Run(app);
      if (warmUp > 0) {
        run.measure(warmUp);
      }
      System.out.println(
          "callers  answered  bridge-p50  bridge-p99  bridge-max  losers-p50  losers-p99  losers-max");
      for (int callers : counts) {
        Figures f = run.measure(callers);
        System.out.printf(
            Locale.ROOT,
            "%7d  %8d  %8.2fms  %8.2fms  %8.2fms  %8.2fms  %8.2fms  %8.2fms%n",
            callers,
            f.answered,
            f.bridge.p(50),
            f.bridge.p(99),
            f.bridge.max(),
            f.losers.p(50),
            f.losers.p(99),
            f.losers.max());
      }
    }
  }

  private record Figures(int answered, Millis bridge, Millis losers) {}

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

  private static final class Run {
    private final SimulatorService simulator;
    private final SimulatedTelephony telephony;
    private final CallLegRegistry legs;
    private final Dialing dialing;
    private final Random random = new Random(8);
    private int phones;

    Run(ConfigurableApplicationContext app) {
      this.simulator = app.getBean(SimulatorService.class);
      this.telephony = app.getBean(SimulatedTelephony.class);
      this.legs = app.getBean(CallLegRegistry.class);
      this.dialing = app.getBean(Dialing.class);
    }

    Figures measure(int callers) throws Exception {
      List<UUID> ids = new ArrayList<>();
      // Callers arrive at 100/s: a burst of instance creations only measures the engine's queue.
      for (int i = 0; i < callers; i++) {
        ids.add(simulator.call("+15550199", NUMBER));
        Thread.sleep(10);
      }
      List<CallLeg> waiting = new ArrayList<>();
      for (UUID id : ids) {
        waiting.add(awaitHold(id));
      }
      List<GroupCallHandle> calls = new ArrayList<>();
      for (CallLeg caller : waiting) {
        DialTree.Group group =
            new DialTree.Group(
                "bench",
                RingMethod.RING_ALL,
                Duration.ofSeconds(30),
                List.of(
                    target(VirtualPhone.Behavior.NOANSWER, 0),
                    target(VirtualPhone.Behavior.ANSWER, 200 + random.nextInt(1000)),
                    target(VirtualPhone.Behavior.NOANSWER, 0)));
        calls.add(dialing.dial(caller, group));
      }
      List<Long> bridge = new ArrayList<>();
      List<Long> losers = new ArrayList<>();
      for (GroupCallHandle call : calls) {
        DialTimings t = call.timings().get(60, TimeUnit.SECONDS);
        if (t != null) {
          bridge.add(t.bridgedNanos() - t.answeredNanos());
          losers.add(t.losersGoneNanos() - t.answeredNanos());
        }
      }
      for (UUID id : ids) {
        simulator.hangup(id);
      }
      for (GroupCallHandle call : calls) {
        DialResult result = call.result().get(60, TimeUnit.SECONDS);
        if (result.outcome() != DialResult.Outcome.CALLER_HUNG_UP) {
          throw new IllegalStateException("unexpected outcome " + result);
        }
      }
      return new Figures(bridge.size(), Millis.of(bridge), Millis.of(losers));
    }

    private DialTree.Target target(VirtualPhone.Behavior behavior, long afterMs) {
      String address = "+1666" + (100000 + phones++);
      telephony.phones().put(new VirtualPhone(address, behavior, Duration.ofMillis(afterMs), null));
      return new DialTree.Target(Destination.tel(address));
    }

    private CallLeg awaitHold(UUID id) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (System.nanoTime() < deadline) {
        Optional<CallLeg> leg = legs.byCallId(id).filter(l -> "hold".equals(l.currentNodeId()));
        if (leg.isPresent()) {
          return leg.get();
        }
        Thread.sleep(5);
      }
      throw new IllegalStateException("call " + id + " never reached the hold node");
    }
  }
}
