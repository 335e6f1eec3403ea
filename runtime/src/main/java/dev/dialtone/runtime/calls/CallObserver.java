package dev.dialtone.runtime.calls;

import java.time.Instant;
import java.util.UUID;

/** Hears what happens on calls as it is stored, e.g. to show a test call live. */
public interface CallObserver {

  /**
   * A call record was stored; a chained leg (a groupcall's destination) says its master here, so a
   * follower of the master learns of it before its first status change.
   */
  default void created(NewCall call) {}

  default void statusChanged(UUID callId, CallStatus status) {}

  /** Why and by whom a call ended; heard just before its {@code HANGUP} status. */
  default void hungUp(UUID callId, HangupReason reason, HangupBy by) {}

  default void transcript(CallEvent event) {}

  default void step(CallStep step) {}

  default void stepEnded(UUID callId, int seq, Instant at, String outcome) {}
}
