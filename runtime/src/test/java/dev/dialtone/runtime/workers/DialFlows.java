package dev.dialtone.runtime.workers;

import static dev.dialtone.runtime.support.Eventually.await;

import dev.dialtone.runtime.calls.CallJournal;
import dev.dialtone.runtime.calls.CallQueries;
import dev.dialtone.runtime.calls.CallRecord;
import dev.dialtone.runtime.calls.CallStep;
import dev.dialtone.runtime.dialing.Dialing;
import dev.dialtone.runtime.flows.FlowService;
import dev.dialtone.runtime.numbers.NumberService;
import dev.dialtone.runtime.problems.NotFoundException;
import dev.dialtone.runtime.simulator.SimulatorService;
import dev.dialtone.telephony.sim.SimulatedTelephony;
import dev.dialtone.telephony.sim.VirtualPhone;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Published flows around one dialing node, called through a number on the simulated telephony: the
 * node's {@code answered} port says "answered", {@code no_answer} says "nobody", then both hang up.
 * A bean of the {@link WithDialFlows} tests' context, which every such test shares.
 */
final class DialFlows {

  static final Duration LIMIT = Duration.ofSeconds(60);

  // Numbers and phones are unique per run: the tests share one context, hence one database.
  private static final int BASE = 810_000;
  private static final AtomicInteger SEQ = new AtomicInteger();

  private final FlowService flows;
  private final NumberService numbers;
  private final SimulatorService simulator;
  private final SimulatedTelephony telephony;
  private final CallQueries calls;
  private final CallJournal journal;
  private final Dialing dialing;

  DialFlows(
      FlowService flows,
      NumberService numbers,
      SimulatorService simulator,
      SimulatedTelephony telephony,
      CallQueries calls,
      CallJournal journal,
      Dialing dialing) {
    this.flows = flows;
    this.numbers = numbers;
    this.simulator = simulator;
    this.telephony = telephony;
    this.calls = calls;
    this.journal = journal;
    this.dialing = dialing;
  }

  /** Publishes the flow around a node of {@code type} with these options (JSON) and calls it. */
  UUID call(String type, String optionsJson) {
    String number = "+1555" + (BASE + SEQ.incrementAndGet());
    String document =
        """
        {"format": "dialtone.flow/1", "name": "Dial %s",
         "nodes": [
          {"id": "start", "type": "start"},
          {"id": "dial", "type": "%s", "options": %s},
          {"id": "said_yes", "type": "talk", "options": {"text": "answered"}},
          {"id": "said_no", "type": "talk", "options": {"text": "nobody"}},
          {"id": "bye", "type": "hangup"}],
         "edges": [
          {"from": "start", "to": "dial"},
          {"from": "dial", "port": "answered", "to": "said_yes"},
          {"from": "dial", "port": "no_answer", "to": "said_no"},
          {"from": "said_yes", "to": "bye"},
          {"from": "said_no", "to": "bye"}]}
        """
            .formatted(number, type, optionsJson);
    UUID flow = flows.create(document, "test").flow().id();
    flows.publish(flow, "test");
    numbers.create(number, flow);
    return simulator.call("+15550199", number);
  }

  String phone(VirtualPhone.Behavior behavior, long afterMs, Long talkMs) {
    String address = "+1556" + (BASE + SEQ.incrementAndGet());
    telephony
        .phones()
        .put(
            new VirtualPhone(
                address,
                behavior,
                Duration.ofMillis(afterMs),
                talkMs == null ? null : Duration.ofMillis(talkMs)));
    return address;
  }

  /** The caller hangs up. */
  void hangUp(UUID call) {
    simulator.hangup(call);
  }

  /** Waits until no dialing node follows a call any more: nothing a test started leaks. */
  void nothingFollowed() {
    await("no dialing followed", LIMIT, dialing::followed, n -> n == 0);
  }

  static String tel(String... addresses) {
    StringBuilder list = new StringBuilder("[");
    for (String address : addresses) {
      list.append(list.length() > 1 ? ", " : "")
          .append("{\"type\": \"tel\", \"target\": \"")
          .append(address)
          .append("\"}");
    }
    return list.append("]").toString();
  }

  /** The trace once {@code nodeId} has been entered. */
  List<CallStep> reached(UUID call, String nodeId) {
    return await(
        "node " + nodeId + " of call " + call,
        LIMIT,
        () -> trace(call),
        steps -> steps.stream().anyMatch(s -> s.nodeId().equals(nodeId)));
  }

  /** The step of the dialing node once it has ended. */
  CallStep dialStep(UUID call) {
    return await(
            "the dial step of " + call + " ended",
            LIMIT,
            () -> trace(call).stream().filter(s -> s.nodeId().equals("dial")).toList(),
            steps -> steps.size() == 1 && steps.get(0).outcome() != null)
        .get(0);
  }

  /** The chained legs once {@code count} exist and all have ended, oldest first. */
  List<CallRecord> endedLegs(UUID call, int count) {
    return await(
        count + " ended legs chained to " + call,
        LIMIT,
        () -> legs(call),
        legs ->
            legs.size() == count
                && legs.stream().allMatch(l -> l.tmHangup() != null && l.hangupReason() != null));
  }

  /** The trace as stored now; empty while the call is not written yet. */
  List<CallStep> trace(UUID call) {
    journal.flush();
    try {
      return calls.trace(call);
    } catch (NotFoundException notYetWritten) {
      return List.of();
    }
  }

  /** The legs chained to the call as stored now; empty while one is not written yet. */
  List<CallRecord> legs(UUID call) {
    journal.flush();
    try {
      return calls.chainedCallIds(call).stream().map(calls::get).toList();
    } catch (NotFoundException notYetWritten) {
      return List.of();
    }
  }

  static CallRecord to(List<CallRecord> legs, String destination) {
    return legs.stream().filter(l -> l.destination().equals(destination)).findFirst().orElseThrow();
  }
}
