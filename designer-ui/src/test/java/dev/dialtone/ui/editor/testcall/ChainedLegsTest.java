package dev.dialtone.ui.editor.testcall;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.runtime.calls.CallEvent;
import dev.dialtone.runtime.calls.CallEventType;
import dev.dialtone.runtime.calls.CallStatus;
import dev.dialtone.runtime.calls.HangupBy;
import dev.dialtone.runtime.calls.HangupReason;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A test call's legs folded from facts that repeat and arrive out of order. */
class ChainedLegsTest {

  private final UUID caller = UUID.randomUUID();
  private final UUID leg = UUID.randomUUID();
  private final CallRun run = new CallRun(caller);

  @Test
  void aLegRingsAnswersAndIsBridgedThenEndsAndStaysMarkedBridged() {
    assertThat(run.apply(fact("+15550001", CallStatus.DIALING, null, null))).isTrue();
    assertThat(run.legs().getFirst().state()).isEqualTo("dialing");
    run.apply(fact(null, CallStatus.RINGING, null, null));
    assertThat(run.legs().getFirst().state()).isEqualTo("ringing");
    run.apply(fact(null, CallStatus.PROGRESSING, null, null));
    assertThat(run.legs().getFirst().state()).isEqualTo("answered");

    run.apply(bridged(leg));

    assertThat(run.legs().getFirst().state()).isEqualTo("bridged");
    assertThat(run.transcript().getLast().text()).isEqualTo("Connected to +15550001");
    run.apply(fact(null, CallStatus.HANGUP, HangupReason.NORMAL, HangupBy.REMOTE));
    assertThat(run.legs())
        .singleElement()
        .isEqualTo(new LegLine(leg, "+15550001", "ended", "normal (by remote)", true));
  }

  @Test
  void aStaleStatusOrARepeatedFactChangesNothing() {
    run.apply(fact("+15550002", CallStatus.DIALING, null, null));
    run.apply(fact(null, CallStatus.CANCELING, null, null));
    run.apply(fact(null, CallStatus.HANGUP, HangupReason.CANCEL, HangupBy.LOCAL));

    // a catch-up read from before the cancel, then the same hang-up again
    assertThat(run.apply(fact("+15550002", CallStatus.RINGING, null, null))).isFalse();
    assertThat(run.apply(fact(null, CallStatus.HANGUP, HangupReason.CANCEL, HangupBy.LOCAL)))
        .isFalse();
    assertThat(run.legs())
        .singleElement()
        .isEqualTo(new LegLine(leg, "+15550002", "cancelled", "cancel (by local)", false));
  }

  @Test
  void eachEndingReasonHasItsState() {
    for (var reason : HangupReason.values()) {
      CallRun one = new CallRun(caller);
      one.apply(fact("+15550003", CallStatus.HANGUP, reason, HangupBy.LOCAL));
      assertThat(one.legs().getFirst().state())
          .as(reason.name())
          .isEqualTo(
              switch (reason) {
                case NORMAL -> "ended";
                case FAILED -> "failed";
                case BUSY -> "busy";
                case CANCEL -> "cancelled";
                case TIMEOUT -> "timeout";
                case NOANSWER -> "rejected";
                case DIALOUT -> "dialout";
              });
    }
  }

  @Test
  void aBridgedLineBeforeTheLegsRecordStillMarksIt() {
    run.apply(bridged(leg));
    assertThat(run.transcript().getLast().text()).isEqualTo("Connected to the answering leg");

    run.apply(fact("+15550004", CallStatus.PROGRESSING, null, null));

    assertThat(run.legs().getFirst().state()).isEqualTo("bridged");
  }

  @Test
  void anotherCallsLegIsIgnored() {
    CallFact.Leg foreign =
        new CallFact.Leg(UUID.randomUUID(), leg, "+15550005", CallStatus.RINGING, null, null);
    assertThat(run.apply(foreign)).isFalse();
    assertThat(run.legs()).isEmpty();
  }

  private CallFact.Leg fact(
      String destination, CallStatus status, HangupReason reason, HangupBy by) {
    return new CallFact.Leg(caller, leg, destination, status, reason, by);
  }

  private CallFact.Transcript bridged(UUID legId) {
    return new CallFact.Transcript(
        new CallEvent(caller, 7, Instant.now(), CallEventType.BRIDGED, "dial", legId.toString()));
  }
}
