package dev.dialtone.ui.calls;

import dev.dialtone.runtime.calls.CallDirection;
import dev.dialtone.runtime.calls.CallRecord;
import dev.dialtone.runtime.calls.CallRevision;
import dev.dialtone.runtime.calls.CallStatus;
import dev.dialtone.runtime.calls.HangupBy;
import dev.dialtone.runtime.calls.HangupReason;
import java.time.Instant;
import java.util.UUID;

/** Call records for the Calls screen's tests: a leg when {@code master} is set. */
final class TestCalls {

  private TestCalls() {}

  static CallRecord call(
      UUID master, Instant created, Instant ringing, Instant answered, Instant hangup) {
    return new CallRecord(
        UUID.randomUUID(),
        null,
        null,
        CallRevision.PUBLISHED,
        master == null ? CallDirection.INCOMING : CallDirection.OUTGOING,
        "+15550199",
        "+15550100",
        hangup == null ? CallStatus.PROGRESSING : CallStatus.HANGUP,
        hangup == null ? null : HangupReason.NORMAL,
        hangup == null ? null : HangupBy.REMOTE,
        null,
        master,
        null,
        created,
        ringing,
        answered,
        hangup,
        created);
  }
}
