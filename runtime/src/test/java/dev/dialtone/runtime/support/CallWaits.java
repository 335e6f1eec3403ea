package dev.dialtone.runtime.support;

import static dev.dialtone.runtime.support.Eventually.await;

import dev.dialtone.runtime.calls.CallFilter;
import dev.dialtone.runtime.calls.CallJournal;
import dev.dialtone.runtime.calls.CallQueries;
import dev.dialtone.runtime.calls.CallRecord;
import dev.dialtone.runtime.calls.CallStatus;
import dev.dialtone.runtime.legs.CallLeg;
import dev.dialtone.runtime.legs.CallLegRegistry;
import java.time.Duration;
import java.util.UUID;

/** Waiting in tests for what the call journal writes behind the caller's back. */
public final class CallWaits {

  private CallWaits() {}

  /** Waits until the call's record shows its hang-up, then returns it with every write flushed. */
  public static CallRecord awaitHangup(
      CallQueries calls, CallJournal journal, UUID call, Duration limit) {
    await(
        "hang-up of " + call,
        limit,
        () ->
            calls.list(CallFilter.newest().build()).stream()
                .filter(c -> c.id().equals(call))
                .findFirst()
                .orElse(null),
        c -> c != null && c.status() == CallStatus.HANGUP && c.tmHangup() != null);
    journal.flush();
    return calls.get(call);
  }

  /** Waits until the call's leg is at {@code nodeId} of its flow, and returns the leg. */
  public static CallLeg awaitAtNode(
      CallLegRegistry legs, UUID call, String nodeId, Duration limit) {
    return await(
        "call " + call + " at node " + nodeId,
        limit,
        () -> legs.byCallId(call).filter(l -> nodeId.equals(l.currentNodeId())).orElse(null),
        l -> l != null);
  }
}
