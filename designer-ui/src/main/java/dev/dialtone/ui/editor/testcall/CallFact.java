package dev.dialtone.ui.editor.testcall;

import dev.dialtone.runtime.calls.CallEvent;
import dev.dialtone.runtime.calls.CallRecord;
import dev.dialtone.runtime.calls.CallStatus;
import dev.dialtone.runtime.calls.CallStep;
import dev.dialtone.runtime.calls.HangupBy;
import dev.dialtone.runtime.calls.HangupReason;
import dev.dialtone.runtime.calls.StepEnd;
import java.util.UUID;

/**
 * Something stored about one call, as the call journal reports it live or as a catch-up read finds
 * it. The same fact may arrive twice and facts may arrive out of order; {@link CallRun} copes.
 */
public sealed interface CallFact {

  UUID callId();

  /** A transcript line: what the caller heard, the keys they pressed, the hang-up. */
  record Transcript(CallEvent event) implements CallFact {
    public UUID callId() {
      return event.callId();
    }
  }

  /** A node started (a catch-up read may bring it already ended). */
  record StepStarted(CallStep step) implements CallFact {
    public UUID callId() {
      return step.callId();
    }
  }

  record StepEnded(StepEnd end) implements CallFact {
    public UUID callId() {
      return end.callId();
    }
  }

  record Status(UUID callId, CallStatus status) implements CallFact {}

  /** The call's record once it hung up: why and by whom. */
  record Ended(CallRecord record) implements CallFact {
    public UUID callId() {
      return record.id();
    }
  }

  /**
   * Something about a leg chained to this call (a groupcall's or connect's destination); fields
   * this fact does not tell are null: a new leg tells its destination, a status change its status,
   * a hang-up its reason and side, a catch-up read all of them.
   *
   * @param callId the master call, the one followed
   */
  record Leg(
      UUID callId,
      UUID legId,
      String destination,
      CallStatus status,
      HangupReason reason,
      HangupBy by)
      implements CallFact {}
}
