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
import dev.dialtone.runtime.support.CallWaits;
import dev.dialtone.runtime.support.PublishedFlows;
import dev.dialtone.telephony.Destination;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dialing engine's cases, run on each telephony by a subclass that places the caller and
 * scripts the dialed phones: the caller waits in a flow while the engine rings phones for it,
 * chained to its call record. Each case ends by asking the subclass what its telephony saw.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DialingCases {

  static final Duration LIMIT = Duration.ofSeconds(30);
  static final String NUMBER = "+15550700";
  private static final AtomicInteger PHONES = new AtomicInteger(1000);

  /** How a dialed phone behaves. */
  sealed interface Phone {
    /** Rings {@code after}, answers, and talks until it is hung up or told to hang up. */
    record Answers(Duration after) implements Phone {}

    /** Rings {@code after}, then says busy. */
    record Busy(Duration after) implements Phone {}

    /** Rings until it is hung up. */
    record NeverAnswers() implements Phone {}

    /** No phone has this number: the dial fails at once. */
    record Nobody() implements Phone {}
  }

  /** What the telephony should have seen of a dialed phone, from the runtime's side. */
  enum Fate {
    /** Bridged with the caller; the phone hung up. */
    BRIDGED_ENDED_BY_PHONE(true, false),
    /** Bridged with the caller; the runtime hung it up (the caller left). */
    BRIDGED_ENDED_BY_US(true, true),
    /** Hung up by the runtime while it rang: cancelled, or its dial timeout ran out. */
    HUNG_UP_RINGING(false, true),
    /** Refused by the far end (busy, unreachable): the runtime sent nothing to end it. */
    REFUSED(false, false);

    final boolean bridged;
    final boolean hungUpByUs;

    Fate(boolean bridged, boolean hungUpByUs) {
      this.bridged = bridged;
      this.hungUpByUs = hungUpByUs;
    }
  }

  @Autowired FlowService flows;
  @Autowired NumberService numbers;
  @Autowired CallLegRegistry legs;
  @Autowired CallQueries calls;
  @Autowired CallJournal journal;
  @Autowired Dialing dialing;

  /** Places a call from {@code from} to {@code to} on the telephony under test; its call id. */
  abstract UUID placeCall(String from, String to);

  /** The caller hangs up. */
  abstract void callerHangsUp(CallLeg caller);

  /** Makes {@code address} a phone that behaves so. */
  abstract void phoneAt(String address, Phone phone);

  /** The phone that answered {@code leg} hangs up. */
  abstract void phoneHangsUp(CallRecord leg);

  /**
   * Asserts what the telephony saw of the dialed phones (by address) once the groupcall is over.
   */
  abstract void telephonySaw(CallLeg caller, Map<String, Fate> fates);

  @BeforeAll
  void publish() {
    PublishedFlows.publishOn(flows, numbers, "hold", NUMBER);
  }

  @AfterEach
  void nothingLeaks() {
    await("no groupcall followed", LIMIT, dialing::followed, n -> n == 0);
  }

  @Test
  void ringAllBridgesTheSecondOfThreeAndCancelsTheOthers() throws Exception {
    CallLeg caller = waitingCaller();
    String first = phone(new Phone.NeverAnswers());
    String second = phone(new Phone.Answers(Duration.ofMillis(50)));
    String third = phone(new Phone.Answers(Duration.ofSeconds(20)));

    GroupCallHandle call =
        dialing.dial(
            caller, group(RingMethod.RING_ALL, 20_000, tel(first), tel(second), tel(third)));

    DialTimings timings = call.timings().get(LIMIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(timings.bridgedNanos()).isGreaterThanOrEqualTo(timings.answeredNanos());
    // bridged and talking: the flow goes on by "answered" only once the answerer hangs up
    assertThat(call.result()).isNotDone();
    phoneHangsUp(byDestination(chainedTo(caller, 3), second));
    DialResult result = call.result().get(LIMIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(result.outcome()).isEqualTo(DialResult.Outcome.ANSWERED);
    List<CallRecord> chained = allEnded(caller, 3);
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
    telephonySaw(
        caller,
        Map.of(
            first, Fate.HUNG_UP_RINGING,
            second, Fate.BRIDGED_ENDED_BY_PHONE,
            third, Fate.HUNG_UP_RINGING));
    callerHangsUp(caller);
  }

  @Test
  void linearMovesOnFromBusyAndFromTheTimeoutAndBridgesTheThird() throws Exception {
    CallLeg caller = waitingCaller();
    String busy = phone(new Phone.Busy(Duration.ofMillis(20)));
    String silent = phone(new Phone.NeverAnswers());
    String answers = phone(new Phone.Answers(Duration.ofMillis(20)));
    long timeoutMs = 1_000;
    long began = System.nanoTime();

    GroupCallHandle call =
        dialing.dial(
            caller, group(RingMethod.LINEAR, timeoutMs, tel(busy), tel(silent), tel(answers)));

    call.timings().get(LIMIT.toSeconds(), TimeUnit.SECONDS);
    // The silent phone rang its whole timeout before the third was tried.
    assertThat(Duration.ofNanos(System.nanoTime() - began))
        .isGreaterThanOrEqualTo(Duration.ofMillis(timeoutMs));
    phoneHangsUp(byDestination(chainedTo(caller, 3), answers));
    assertThat(call.result().get(LIMIT.toSeconds(), TimeUnit.SECONDS).outcome())
        .isEqualTo(DialResult.Outcome.ANSWERED);
    List<CallRecord> chained = allEnded(caller, 3);
    assertThat(chained)
        .extracting(CallRecord::destination, CallRecord::hangupReason)
        .containsExactly(
            tuple(busy, HangupReason.BUSY),
            tuple(silent, HangupReason.DIALOUT),
            tuple(answers, HangupReason.NORMAL));
    // One at a time: each was dialed only after the one before had ended.
    assertThat(chained.get(1).tmCreate()).isAfterOrEqualTo(chained.get(0).tmHangup());
    assertThat(chained.get(2).tmCreate()).isAfterOrEqualTo(chained.get(1).tmHangup());
    telephonySaw(
        caller,
        Map.of(
            busy, Fate.REFUSED,
            silent, Fate.HUNG_UP_RINGING,
            answers, Fate.BRIDGED_ENDED_BY_PHONE));
    callerHangsUp(caller);
  }

  @Test
  void anAnswerInsideANestedGroupCancelsTheOuterDestinations() throws Exception {
    CallLeg caller = waitingCaller();
    String outer = phone(new Phone.NeverAnswers());
    String busy = phone(new Phone.Busy(Duration.ofMillis(20)));
    String answers = phone(new Phone.Answers(Duration.ofMillis(100)));
    DialTree.Group inner =
        new DialTree.Group(
            "support", RingMethod.LINEAR, Duration.ofSeconds(20), List.of(tel(busy), tel(answers)));

    GroupCallHandle call =
        dialing.dial(
            caller,
            new DialTree.Group(
                "sales", RingMethod.RING_ALL, Duration.ofSeconds(20), List.of(tel(outer), inner)));

    call.timings().get(LIMIT.toSeconds(), TimeUnit.SECONDS);
    List<CallRecord> chained =
        await("the outer leg cancelled", LIMIT, () -> chainedTo(caller, 3), c -> ended(c, outer));
    assertThat(byDestination(chained, outer).hangupReason()).isEqualTo(HangupReason.CANCEL);
    assertThat(byDestination(chained, busy).hangupReason()).isEqualTo(HangupReason.BUSY);
    assertThat(byDestination(chained, answers).status()).isEqualTo(CallStatus.PROGRESSING);

    // The master hanging up ends the bridged leg too.
    callerHangsUp(caller);
    assertThat(call.result().get(LIMIT.toSeconds(), TimeUnit.SECONDS).outcome())
        .isEqualTo(DialResult.Outcome.CALLER_HUNG_UP);
    CallRecord bridged = byDestination(allEnded(caller, 3), answers);
    assertThat(bridged.hangupBy()).isEqualTo(HangupBy.LOCAL);
    telephonySaw(
        caller,
        Map.of(
            outer, Fate.HUNG_UP_RINGING,
            busy, Fate.REFUSED,
            answers, Fate.BRIDGED_ENDED_BY_US));
  }

  @Test
  void nobodyAnsweringEndsEveryLegWithDialout() throws Exception {
    CallLeg caller = waitingCaller();
    String a = phone(new Phone.NeverAnswers());
    String b = phone(new Phone.NeverAnswers());
    String unserved = phone(new Phone.Nobody());

    GroupCallHandle call =
        dialing.dial(caller, group(RingMethod.RING_ALL, 300, tel(a), tel(b), tel(unserved)));

    DialResult result = call.result().get(LIMIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(result.outcome()).isEqualTo(DialResult.Outcome.NO_ANSWER);
    assertThat(result.legs()).hasSize(3);
    assertThat(allEnded(caller, 3))
        .extracting(CallRecord::destination, CallRecord::hangupReason)
        .containsExactlyInAnyOrder(
            tuple(a, HangupReason.DIALOUT),
            tuple(b, HangupReason.DIALOUT),
            tuple(unserved, HangupReason.FAILED));
    assertThat(calls.get(caller.callId()).status()).isEqualTo(CallStatus.PROGRESSING);
    telephonySaw(
        caller, Map.of(a, Fate.HUNG_UP_RINGING, b, Fate.HUNG_UP_RINGING, unserved, Fate.REFUSED));
    callerHangsUp(caller);
  }

  @Test
  void theCallerHangingUpWhileTheyRingEndsEveryChainedLeg() throws Exception {
    CallLeg caller = waitingCaller();
    String a = phone(new Phone.NeverAnswers());
    String b = phone(new Phone.NeverAnswers());
    GroupCallHandle call = dialing.dial(caller, group(RingMethod.RING_ALL, 60_000, tel(a), tel(b)));
    await(
        "both ringing",
        LIMIT,
        () -> chainedTo(caller, 0),
        c -> c.size() == 2 && c.stream().allMatch(r -> r.status() == CallStatus.RINGING));

    callerHangsUp(caller);

    assertThat(call.result().get(LIMIT.toSeconds(), TimeUnit.SECONDS).outcome())
        .isEqualTo(DialResult.Outcome.CALLER_HUNG_UP);
    assertThat(allEnded(caller, 2))
        .extracting(CallRecord::hangupReason, CallRecord::hangupBy)
        .containsOnly(tuple(HangupReason.CANCEL, HangupBy.LOCAL));
    telephonySaw(caller, Map.of(a, Fate.HUNG_UP_RINGING, b, Fate.HUNG_UP_RINGING));
  }

  CallLeg waitingCaller() {
    return CallWaits.awaitAtNode(legs, placeCall("+15550199", NUMBER), "hold", LIMIT);
  }

  String phone(Phone phone) {
    String address = "+1555" + PHONES.incrementAndGet();
    phoneAt(address, phone);
    return address;
  }

  /** The legs chained to the caller, once at least {@code count} are stored, oldest first. */
  List<CallRecord> chainedTo(CallLeg caller, int count) {
    journal.flush();
    List<UUID> ids = calls.chainedCallIds(caller.callId());
    assertThat(ids.size()).isGreaterThanOrEqualTo(count);
    return ids.stream().map(calls::get).toList();
  }

  /** The {@code count} chained legs, once every one of them has ended. */
  private List<CallRecord> allEnded(CallLeg caller, int count) {
    return await(
        "every chained leg ended",
        LIMIT,
        () -> chainedTo(caller, count),
        c -> c.stream().allMatch(r -> r.status() == CallStatus.HANGUP));
  }

  private static boolean ended(List<CallRecord> chained, String destination) {
    return byDestination(chained, destination).status() == CallStatus.HANGUP;
  }

  static CallRecord byDestination(List<CallRecord> chained, String destination) {
    return chained.stream()
        .filter(c -> c.destination().equals(destination))
        .findFirst()
        .orElseThrow();
  }

  static DialTree.Target tel(String address) {
    return new DialTree.Target(Destination.tel(address));
  }

  static DialTree.Group group(RingMethod method, long timeoutMs, DialTree... members) {
    return new DialTree.Group("test", method, Duration.ofMillis(timeoutMs), Arrays.asList(members));
  }
}
