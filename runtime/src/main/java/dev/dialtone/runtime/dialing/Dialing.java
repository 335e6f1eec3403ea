package dev.dialtone.runtime.dialing;

import dev.dialtone.runtime.calls.CallLifecycle;
import dev.dialtone.runtime.calls.HangupBy;
import dev.dialtone.runtime.calls.HangupReason;
import dev.dialtone.runtime.calls.LegWatch;
import dev.dialtone.runtime.legs.CallLeg;
import dev.dialtone.runtime.problems.ConflictException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The dialing engine: rings a destination tree for a caller's leg and bridges the first answer.
 * Nothing here holds a thread or a job while legs ring or talk: the outcome arrives as an event
 * ({@link DialOutcomes}), which the caller's flow waits for as a message.
 */
public class Dialing implements LegWatch {

  private final CallLifecycle lifecycle;
  private final DialOutcomes outcomes;
  private final Map<UUID, GroupCall> byCallId = new ConcurrentHashMap<>();

  public Dialing(CallLifecycle lifecycle, DialOutcomes outcomes) {
    this.lifecycle = lifecycle;
    this.outcomes = outcomes;
    lifecycle.watch(this);
  }

  /**
   * Starts ringing {@code tree} for {@code master}; returns at once. The future completes when the
   * groupcall is over for the caller's flow (the outcome is published as well).
   *
   * @throws ConflictException if the caller's leg has ended or already rings a groupcall
   */
  public GroupCallHandle dial(CallLeg master, DialTree.Group tree) {
    GroupCall call =
        new GroupCall(
            master,
            tree,
            lifecycle,
            new GroupCall.Legs() {
              @Override
              public void register(UUID callId, GroupCall groupCall) {
                byCallId.put(callId, groupCall);
              }

              @Override
              public void finished(GroupCall groupCall) {
                byCallId.values().removeIf(c -> c == groupCall);
              }
            });
    if (byCallId.putIfAbsent(master.callId(), call) != null) {
      throw new ConflictException(
          "already_dialing", "call " + master.callId() + " already rings a groupcall");
    }
    if (master.isGone()) {
      byCallId.remove(master.callId(), call);
      throw new ConflictException(
          "call_not_live", "call " + master.callId() + " is not in progress");
    }
    call.result()
        .thenAccept(
            result -> {
              if (result.outcome() != DialResult.Outcome.CALLER_HUNG_UP) {
                outcomes.finished(master, result);
              }
            });
    call.start();
    return new GroupCallHandle(call.result(), call.timings());
  }

  /** How many groupcalls and their legs are being followed (tests check nothing leaks). */
  public int followed() {
    return byCallId.size();
  }

  @Override
  public void answered(CallLeg leg, Instant at) {
    GroupCall call = byCallId.get(leg.callId());
    if (call != null && call.master() != leg) {
      // In nanoTime terms: the answer arrived this long before now.
      long arrivedNanos =
          System.nanoTime() - Math.max(0, Duration.between(at, Instant.now()).toNanos());
      call.answered(leg, arrivedNanos);
    }
  }

  @Override
  public void ended(CallLeg leg, HangupReason reason, HangupBy by) {
    GroupCall call = byCallId.get(leg.callId());
    if (call != null) {
      call.ended(leg);
    }
  }
}
