package dev.dialtone.runtime.bench;

import dev.dialtone.runtime.calls.CallJournal;
import dev.dialtone.runtime.calls.CallRecord;
import dev.dialtone.runtime.calls.CallRepository;
import dev.dialtone.runtime.dialing.DialResult;
import dev.dialtone.runtime.dialing.DialTimings;
import dev.dialtone.runtime.dialing.DialTree;
import dev.dialtone.runtime.dialing.Dialing;
import dev.dialtone.runtime.dialing.GroupCallHandle;
import dev.dialtone.runtime.groups.RingMethod;
import dev.dialtone.runtime.legs.CallLeg;
import dev.dialtone.runtime.legs.CallLegRegistry;
import dev.dialtone.runtime.simulator.SimulatorService;
import dev.dialtone.telephony.Destination;
import dev.dialtone.telephony.sim.SimulatedTelephony;
import dev.dialtone.telephony.sim.VirtualPhone;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One round of the groupcall benchmark: callers ramped into a waiting flow, then every one of them
 * ringing its own ring_all group of 3 virtual phones at once. A caller that fails along the way is
 * counted under its reason, never the end of the run: a loaded machine shows up as failures beside
 * the figures of the callers that got through.
 */
final class GroupcallRound {

  /** Generous: the machine may be shared; the figures, not these limits, are what is measured. */
  private static final Duration WAIT = Duration.ofSeconds(120);

  record Figures(
      int callers,
      int dialed,
      List<Long> bridgeNanos,
      List<Long> losersNanos,
      Map<String, Integer> failures) {}

  private final SimulatorService simulator;
  private final SimulatedTelephony telephony;
  private final CallLegRegistry legs;
  private final CallRepository calls;
  private final CallJournal journal;
  private final Dialing dialing;
  private final ZeebeTestEngine engine;
  private final String number;
  private final Random random = new Random(8);
  private int phones;

  GroupcallRound(ConfigurableApplicationContext app, String number) {
    this.simulator = app.getBean(SimulatorService.class);
    this.telephony = app.getBean(SimulatedTelephony.class);
    this.legs = app.getBean(CallLegRegistry.class);
    this.calls = app.getBean(CallRepository.class);
    this.journal = app.getBean(CallJournal.class);
    this.dialing = app.getBean(Dialing.class);
    this.engine = app.getBean(ZeebeTestEngine.class);
    this.number = number;
  }

  Figures run(int callers, int perSecond) throws InterruptedException {
    Map<String, Integer> failures = new TreeMap<>();
    List<UUID> ids = ramp(callers, perSecond);
    List<CallLeg> waiting = new ArrayList<>();
    for (UUID id : ids) {
      awaitHold(id)
          .ifPresentOrElse(waiting::add, () -> failures.merge(whyNotHolding(id), 1, Integer::sum));
    }
    // Every caller that got through rings at once: the answers land while all groups ring.
    List<GroupCallHandle> dialed = new ArrayList<>();
    for (CallLeg caller : waiting) {
      try {
        dialed.add(dialing.dial(caller, group()));
      } catch (RuntimeException e) {
        failures.merge("dial refused: " + e.getMessage(), 1, Integer::sum);
      }
    }
    List<Long> bridge = new ArrayList<>();
    List<Long> losers = new ArrayList<>();
    for (GroupCallHandle call : dialed) {
      Optional<DialTimings> t = timings(call, failures);
      t.ifPresent(
          timings -> {
            bridge.add(timings.bridgedNanos() - timings.answeredNanos());
            losers.add(timings.losersGoneNanos() - timings.answeredNanos());
          });
    }
    ids.forEach(simulator::hangup);
    for (GroupCallHandle call : dialed) {
      outcome(call)
          .filter(outcome -> outcome != DialResult.Outcome.CALLER_HUNG_UP)
          .ifPresent(
              outcome ->
                  failures.merge("ended " + outcome + " before the caller", 1, Integer::sum));
    }
    drain(ids);
    return new Figures(callers, dialed.size(), bridge, losers, failures);
  }

  /**
   * Callers arrive at {@code perSecond}: a burst of instance starts only measures the engine's
   * queue.
   */
  private List<UUID> ramp(int callers, int perSecond) throws InterruptedException {
    List<UUID> ids = new ArrayList<>();
    long began = System.nanoTime();
    for (int i = 0; i < callers; i++) {
      long due = began + TimeUnit.SECONDS.toNanos(i) / perSecond;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      ids.add(simulator.call("+15550199", number));
    }
    return ids;
  }

  private DialTree.Group group() {
    return new DialTree.Group(
        "bench",
        RingMethod.RING_ALL,
        Duration.ofSeconds(30),
        List.of(
            phone(VirtualPhone.Behavior.NOANSWER, 0),
            phone(VirtualPhone.Behavior.ANSWER, 200 + random.nextInt(1000)),
            phone(VirtualPhone.Behavior.NOANSWER, 0)));
  }

  private DialTree.Target phone(VirtualPhone.Behavior behavior, long afterMs) {
    String address = "+1666" + (100000 + phones++);
    telephony.phones().put(new VirtualPhone(address, behavior, Duration.ofMillis(afterMs), null));
    return new DialTree.Target(Destination.tel(address));
  }

  private Optional<DialTimings> timings(GroupCallHandle call, Map<String, Integer> failures)
      throws InterruptedException {
    try {
      DialTimings timings = call.timings().get(WAIT.toSeconds(), TimeUnit.SECONDS);
      if (timings == null) {
        // finished without a bridge: the answering phone never got through
        failures.merge("no bridge: " + call.result().getNow(null), 1, Integer::sum);
      }
      return Optional.ofNullable(timings);
    } catch (TimeoutException e) {
      failures.merge("no bridge within " + WAIT.toSeconds() + " s", 1, Integer::sum);
    } catch (ExecutionException e) {
      failures.merge("bridge failed: " + e.getCause(), 1, Integer::sum);
    }
    return Optional.empty();
  }

  private Optional<DialResult.Outcome> outcome(GroupCallHandle call) throws InterruptedException {
    try {
      return Optional.of(call.result().get(WAIT.toSeconds(), TimeUnit.SECONDS).outcome());
    } catch (TimeoutException | ExecutionException e) {
      return Optional.empty();
    }
  }

  private Optional<CallLeg> awaitHold(UUID id) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      Optional<CallLeg> leg = legs.byCallId(id);
      if (leg.filter(l -> "hold".equals(l.currentNodeId())).isPresent()) {
        return leg;
      }
      if (leg.isEmpty() && ended(id)) {
        return Optional.empty();
      }
      Thread.sleep(5);
    }
    return Optional.empty();
  }

  private boolean ended(UUID id) {
    journal.flush();
    return calls.find(id).map(CallRecord::tmHangup).isPresent();
  }

  private String whyNotHolding(UUID id) {
    journal.flush();
    return calls
        .find(id)
        .map(
            c ->
                "caller never waiting: "
                    + c.status()
                    + " "
                    + c.hangupReason()
                    + " "
                    + c.rejectReason())
        .orElse("caller never waiting: no record");
  }

  /**
   * Every caller and leg ended and every caller's process instance too, so the next round (or the
   * shutdown) starts from nothing and no hang-up is still on its way to the engine.
   */
  private void drain(List<UUID> ids) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while ((legs.size() > 0 || dialing.followed() > 0) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    journal.flush();
    Set<Long> open = new HashSet<>();
    for (UUID id : ids) {
      calls.find(id).map(CallRecord::processInstanceKey).ifPresent(open::add);
    }
    while (!open.isEmpty() && System.nanoTime() < deadline) {
      for (var record : engine.getRecordStreamSource().getRecords()) {
        if (record.getValueType() == ValueType.PROCESS_INSTANCE
            && (record.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED
                || record.getIntent() == ProcessInstanceIntent.ELEMENT_TERMINATED)) {
          // the process element's own record carries the instance key as its key
          open.remove(record.getKey());
        }
      }
      Thread.sleep(100);
    }
  }
}
