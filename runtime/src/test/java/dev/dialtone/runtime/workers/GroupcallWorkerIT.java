package dev.dialtone.runtime.workers;

import static dev.dialtone.runtime.support.Eventually.await;
import static dev.dialtone.runtime.workers.DialFlows.LIMIT;
import static dev.dialtone.runtime.workers.DialFlows.tel;
import static dev.dialtone.runtime.workers.DialFlows.to;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.dialtone.runtime.calls.CallRecord;
import dev.dialtone.runtime.calls.CallStatus;
import dev.dialtone.runtime.calls.CallStep;
import dev.dialtone.runtime.calls.HangupBy;
import dev.dialtone.runtime.calls.HangupReason;
import dev.dialtone.runtime.groups.GroupDraft;
import dev.dialtone.runtime.groups.GroupDraft.DestinationDraft;
import dev.dialtone.runtime.groups.GroupService;
import dev.dialtone.telephony.sim.VirtualPhone.Behavior;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The groupcall node end to end: a published flow, a number, a simulated caller and phones. */
@WithDialFlows
class GroupcallWorkerIT {

  @Autowired DialFlows dial;
  @Autowired GroupService groups;

  @Test
  void ringAllBridgesTheSecondOfThreeAndLeavesByAnsweredOnceItHangsUp() {
    String first = dial.phone(Behavior.NOANSWER, 0, null);
    String second = dial.phone(Behavior.ANSWER, 50, 300L);
    String third = dial.phone(Behavior.ANSWER, 20_000, null);

    UUID call =
        dial.call(
            "groupcall",
            "{\"ring_method\": \"ring_all\", \"destinations\": " + tel(first, second, third) + "}");

    List<CallStep> trace = dial.reached(call, "said_yes");
    List<CallRecord> legs = dial.endedLegs(call, 3);
    assertThat(legs)
        .extracting(CallRecord::destination, CallRecord::hangupReason, CallRecord::hangupBy)
        .containsExactlyInAnyOrder(
            tuple(first, HangupReason.CANCEL, HangupBy.LOCAL),
            tuple(second, HangupReason.NORMAL, HangupBy.REMOTE),
            tuple(third, HangupReason.CANCEL, HangupBy.LOCAL));
    assertThat(legs).allSatisfy(l -> assertThat(l.masterCallId()).isEqualTo(call));
    assertThat(dial.dialStep(call).outcome()).isEqualTo("answered");
    // The flow went on only once the answering party had hung up.
    CallStep saidYes = step(trace, "said_yes");
    assertThat(saidYes.startedAt()).isAfterOrEqualTo(to(legs, second).tmHangup());
    assertThat(trace).extracting(CallStep::nodeId).doesNotContain("said_no");
  }

  @Test
  void linearMovesOnFromBusyAndFromTheTimeoutAndBridgesTheThird() {
    String busy = dial.phone(Behavior.BUSY, 20, null);
    String silent = dial.phone(Behavior.NOANSWER, 0, null);
    String answers = dial.phone(Behavior.ANSWER, 20, 200L);

    UUID call =
        dial.call(
            "groupcall",
            "{\"ring_method\": \"linear\", \"dial_timeout_ms\": 1000, \"destinations\": "
                + tel(busy, silent, answers)
                + "}");

    dial.reached(call, "said_yes");
    assertThat(dial.endedLegs(call, 3))
        .extracting(CallRecord::destination, CallRecord::hangupReason)
        .containsExactly(
            tuple(busy, HangupReason.BUSY),
            tuple(silent, HangupReason.DIALOUT),
            tuple(answers, HangupReason.NORMAL));
  }

  @Test
  void nobodyAnsweringLeavesByNoAnswerWithEveryLegDialout() {
    String a = dial.phone(Behavior.NOANSWER, 0, null);
    String b = dial.phone(Behavior.NOANSWER, 0, null);

    UUID call =
        dial.call("groupcall", "{\"dial_timeout_ms\": 300, \"destinations\": " + tel(a, b) + "}");

    List<CallStep> trace = dial.reached(call, "said_no");
    assertThat(dial.endedLegs(call, 2))
        .extracting(CallRecord::hangupReason)
        .containsOnly(HangupReason.DIALOUT);
    assertThat(dial.dialStep(call).outcome()).isEqualTo("no_answer");
    assertThat(trace).extracting(CallStep::nodeId).doesNotContain("said_yes");
  }

  @Test
  void theCallerHangingUpWhileTheyRingEndsEveryChainedLeg() {
    String a = dial.phone(Behavior.NOANSWER, 0, null);
    String b = dial.phone(Behavior.NOANSWER, 0, null);
    UUID call =
        dial.call("groupcall", "{\"dial_timeout_ms\": 60000, \"destinations\": " + tel(a, b) + "}");
    await(
        "both ringing",
        LIMIT,
        () -> dial.legs(call),
        legs -> legs.size() == 2 && legs.stream().allMatch(l -> l.status() == CallStatus.RINGING));

    dial.hangUp(call);

    assertThat(dial.endedLegs(call, 2))
        .extracting(CallRecord::hangupReason, CallRecord::hangupBy)
        .containsOnly(tuple(HangupReason.CANCEL, HangupBy.LOCAL));
    assertThat(dial.dialStep(call).outcome()).isEqualTo("caller_hung_up");
  }

  @Test
  void aBridgeLongerThanTheJobTimeoutDoesNotRedial() {
    String answers = dial.phone(Behavior.ANSWER, 20, 5_000L);

    UUID call = dial.call("groupcall", "{\"destinations\": " + tel(answers) + "}");

    dial.reached(call, "said_yes");
    // One originate per destination: the job ended at once, so no timeout re-ran the node.
    assertThat(dial.endedLegs(call, 1))
        .singleElement()
        .extracting(CallRecord::hangupReason)
        .isEqualTo(HangupReason.NORMAL);
    assertThat(dial.trace(call)).extracting(CallStep::nodeId).containsOnlyOnce("dial");
  }

  @Test
  void aSavedGroupRingsWithItsOwnMethod() {
    String rejects = dial.phone(Behavior.REJECT, 20, null);
    String answers = dial.phone(Behavior.ANSWER, 20, 100L);
    UUID group =
        groups
            .create(
                new GroupDraft(
                    "front desk " + rejects,
                    "linear",
                    5_000,
                    List.of(
                        new DestinationDraft("tel", rejects),
                        new DestinationDraft("tel", answers))))
            .id();

    UUID call = dial.call("groupcall", "{\"group\": \"" + group + "\"}");

    dial.reached(call, "said_yes");
    assertThat(dial.endedLegs(call, 2))
        .extracting(CallRecord::destination, CallRecord::hangupReason)
        .containsExactly(
            tuple(rejects, HangupReason.NOANSWER), tuple(answers, HangupReason.NORMAL));
  }

  private static CallStep step(List<CallStep> trace, String nodeId) {
    return trace.stream().filter(s -> s.nodeId().equals(nodeId)).findFirst().orElseThrow();
  }
}
