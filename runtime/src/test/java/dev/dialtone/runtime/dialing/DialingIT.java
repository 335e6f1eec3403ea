package dev.dialtone.runtime.dialing;

import static dev.dialtone.runtime.support.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.dialtone.runtime.calls.CallJournal;
import dev.dialtone.runtime.calls.CallQueries;
import dev.dialtone.runtime.calls.CallRecord;
import dev.dialtone.runtime.calls.CallStatus;
import dev.dialtone.runtime.calls.HangupBy;
import dev.dialtone.runtime.calls.HangupReason;
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
import dev.dialtone.telephony.sim.VirtualPhone.Behavior;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The dialing engine on the simulated telephony: the caller waits in a flow while the engine rings
 * virtual phones for it, chained to its call record.
 */
@SpringBootTest(
    classes = RuntimeTestApplication.class,
    properties = "spring.datasource.url=jdbc:h2:mem:dialing;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DialingIT {

  private static final Duration LIMIT = Duration.ofSeconds(30);
  private static final String NUMBER = "+15550700";
  private static final AtomicInteger PHONES = new AtomicInteger(1000);

  @Autowired FlowService flows;
  @Autowired NumberService numbers;
  @Autowired SimulatorService simulator;
  @Autowired SimulatedTelephony telephony;
  @Autowired CallLegRegistry legs;
  @Autowired CallQueries calls;
  @Autowired CallJournal journal;
  @Autowired Dialing dialing;

  @BeforeAll
  void publish() throws IOException {
    String document;
    try (var in = getClass().getResourceAsStream("/flows/hold.json")) {
      document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    UUID flow = flows.create(document, "test").flow().id();
    flows.publish(flow, "test");
    numbers.create(NUMBER, flow);
  }

  @AfterEach
  void nothingLeaks() {
    await("no groupcall followed", LIMIT, dialing::followed, n -> n == 0);
  }

  @Test
  void ringAllBridgesTheSecondOfThreeAndCancelsTheOthers() throws Exception {
    CallLeg caller = waitingCaller();
    String first = phone(Behavior.NOANSWER, 0, null);
    String second = phone(Behavior.ANSWER, 50, 300L);
    String third = phone(Behavior.ANSWER, 20_000, null);

    GroupCallHandle call =
        dialing.dial(
            caller, group(RingMethod.RING_ALL, 20_000, tel(first), tel(second), tel(third)));

    DialTimings timings = call.timings().get(LIMIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(timings.bridgedNanos()).isGreaterThanOrEqualTo(timings.answeredNanos());
    DialResult result = call.result().get(LIMIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(result.outcome()).isEqualTo(DialResult.Outcome.ANSWERED);
    List<CallRecord> chained = chainedTo(caller, 3);
    assertThat(result.answeredCallId()).isEqualTo(byDestination(chained, second).id());
    assertThat(chained)
        .extracting(CallRecord::destination, CallRecord::hangupReason, CallRecord::hangupBy)
        .containsExactlyInAnyOrder(
            tuple(first, HangupReason.CANCEL, HangupBy.LOCAL),
            tuple(second, HangupReason.NORMAL, HangupBy.REMOTE),
            tuple(third, HangupReason.CANCEL, HangupBy.LOCAL));
    assertThat(byDestination(chained, second).tmProgressing()).isNotNull();
    assertThat(chained).allSatisfy(c -> assertThat(c.masterCallId()).isEqualTo(caller.callId()));
    assertThat(calls.get(caller.callId()).status()).isEqualTo(CallStatus.PROGRESSING);
    simulator.hangup(caller.callId());
  }

  @Test
  void linearMovesOnFromBusyAndFromTheTimeoutAndBridgesTheThird() throws Exception {
    CallLeg caller = waitingCaller();
    String busy = phone(Behavior.BUSY, 20, null);
    String silent = phone(Behavior.NOANSWER, 0, null);
    String answers = phone(Behavior.ANSWER, 20, 200L);
    long timeoutMs = 1_000;
    long began = System.nanoTime();

    GroupCallHandle call =
        dialing.dial(
            caller, group(RingMethod.LINEAR, timeoutMs, tel(busy), tel(silent), tel(answers)));

    call.timings().get(LIMIT.toSeconds(), TimeUnit.SECONDS);
    // The silent phone rang its whole timeout before the third was tried.
    assertThat(Duration.ofNanos(System.nanoTime() - began))
        .isGreaterThanOrEqualTo(Duration.ofMillis(timeoutMs));
    assertThat(call.result().get(LIMIT.toSeconds(), TimeUnit.SECONDS).outcome())
        .isEqualTo(DialResult.Outcome.ANSWERED);
    List<CallRecord> chained = chainedTo(caller, 3);
    assertThat(chained)
        .extracting(CallRecord::destination, CallRecord::hangupReason)
        .containsExactly(
            tuple(busy, HangupReason.BUSY),
            tuple(silent, HangupReason.DIALOUT),
            tuple(answers, HangupReason.NORMAL));
    // One at a time: each was dialed only after the one before had ended.
    assertThat(chained.get(1).tmCreate()).isAfterOrEqualTo(chained.get(0).tmHangup());
    assertThat(chained.get(2).tmCreate()).isAfterOrEqualTo(chained.get(1).tmHangup());
    simulator.hangup(caller.callId());
  }

  @Test
  void anAnswerInsideANestedGroupCancelsTheOuterDestinations() throws Exception {
    CallLeg caller = waitingCaller();
    String outer = phone(Behavior.NOANSWER, 0, null);
    String rejects = phone(Behavior.REJECT, 20, null);
    String answers = phone(Behavior.ANSWER, 100, null);
    DialTree.Group inner =
        new DialTree.Group(
            "support",
            RingMethod.LINEAR,
            Duration.ofSeconds(20),
            List.of(tel(rejects), tel(answers)));

    GroupCallHandle call =
        dialing.dial(
            caller,
            new DialTree.Group(
                "sales", RingMethod.RING_ALL, Duration.ofSeconds(20), List.of(tel(outer), inner)));

    call.timings().get(LIMIT.toSeconds(), TimeUnit.SECONDS);
    List<CallRecord> chained =
        await("the outer leg cancelled", LIMIT, () -> chainedTo(caller, 3), c -> ended(c, outer));
    assertThat(byDestination(chained, outer).hangupReason()).isEqualTo(HangupReason.CANCEL);
    assertThat(byDestination(chained, rejects).hangupReason()).isEqualTo(HangupReason.NOANSWER);
    assertThat(byDestination(chained, answers).status()).isEqualTo(CallStatus.PROGRESSING);

    // The master hanging up ends the bridged leg too.
    simulator.hangup(caller.callId());
    assertThat(call.result().get(LIMIT.toSeconds(), TimeUnit.SECONDS).outcome())
        .isEqualTo(DialResult.Outcome.CALLER_HUNG_UP);
    CallRecord bridged =
        await(
            "the bridged leg ended",
            LIMIT,
            () -> byDestination(chainedTo(caller, 3), answers),
            c -> c.status() == CallStatus.HANGUP);
    assertThat(bridged.hangupBy()).isEqualTo(HangupBy.LOCAL);
  }

  @Test
  void nobodyAnsweringEndsEveryLegWithDialout() throws Exception {
    CallLeg caller = waitingCaller();
    String a = phone(Behavior.NOANSWER, 0, null);
    String b = phone(Behavior.NOANSWER, 0, null);
    String unserved = "+1555999" + PHONES.incrementAndGet();

    GroupCallHandle call =
        dialing.dial(caller, group(RingMethod.RING_ALL, 300, tel(a), tel(b), tel(unserved)));

    DialResult result = call.result().get(LIMIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(result.outcome()).isEqualTo(DialResult.Outcome.NO_ANSWER);
    assertThat(result.legs()).hasSize(3);
    assertThat(chainedTo(caller, 3))
        .extracting(CallRecord::destination, CallRecord::hangupReason)
        .containsExactlyInAnyOrder(
            tuple(a, HangupReason.DIALOUT),
            tuple(b, HangupReason.DIALOUT),
            tuple(unserved, HangupReason.FAILED));
    assertThat(calls.get(caller.callId()).status()).isEqualTo(CallStatus.PROGRESSING);
    simulator.hangup(caller.callId());
  }

  @Test
  void theCallerHangingUpWhileTheyRingEndsEveryChainedLeg() throws Exception {
    CallLeg caller = waitingCaller();
    String a = phone(Behavior.NOANSWER, 0, null);
    String b = phone(Behavior.NOANSWER, 0, null);
    GroupCallHandle call = dialing.dial(caller, group(RingMethod.RING_ALL, 60_000, tel(a), tel(b)));
    await(
        "both ringing",
        LIMIT,
        () -> chainedTo(caller, 0),
        c -> c.size() == 2 && c.stream().allMatch(r -> r.status() == CallStatus.RINGING));

    simulator.hangup(caller.callId());

    assertThat(call.result().get(LIMIT.toSeconds(), TimeUnit.SECONDS).outcome())
        .isEqualTo(DialResult.Outcome.CALLER_HUNG_UP);
    List<CallRecord> chained =
        await(
            "every leg ended",
            LIMIT,
            () -> chainedTo(caller, 2),
            c -> c.stream().allMatch(r -> r.status() == CallStatus.HANGUP));
    assertThat(chained)
        .extracting(CallRecord::hangupReason, CallRecord::hangupBy)
        .containsOnly(tuple(HangupReason.CANCEL, HangupBy.LOCAL));
  }

  private CallLeg waitingCaller() {
    UUID call = simulator.call("+15550199", NUMBER);
    return await(
        "the caller waiting",
        LIMIT,
        () -> legs.byCallId(call).filter(l -> "hold".equals(l.currentNodeId())).orElse(null),
        l -> l != null);
  }

  private String phone(Behavior behavior, long afterMs, Long talkMs) {
    String address = "+1555" + PHONES.incrementAndGet();
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

  /** The legs chained to the caller, once at least {@code count} are stored, oldest first. */
  private List<CallRecord> chainedTo(CallLeg caller, int count) {
    journal.flush();
    List<UUID> ids = calls.chainedCallIds(caller.callId());
    assertThat(ids.size()).isGreaterThanOrEqualTo(count);
    return ids.stream().map(calls::get).toList();
  }

  private static boolean ended(List<CallRecord> chained, String destination) {
    return byDestination(chained, destination).status() == CallStatus.HANGUP;
  }

  private static CallRecord byDestination(List<CallRecord> chained, String destination) {
    return chained.stream()
        .filter(c -> c.destination().equals(destination))
        .findFirst()
        .orElseThrow();
  }

  private static DialTree.Target tel(String address) {
    return new DialTree.Target(Destination.tel(address));
  }

  private static DialTree.Group group(RingMethod method, long timeoutMs, DialTree... members) {
    return new DialTree.Group("test", method, Duration.ofMillis(timeoutMs), Arrays.asList(members));
  }
}
