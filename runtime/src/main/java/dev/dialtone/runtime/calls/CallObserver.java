package dev.dialtone.runtime.calls;

import java.time.Instant;
import java.util.UUID;

/** Hears what happens on calls as it is stored, e.g. to show a test call live. */
public interface CallObserver {

  default void statusChanged(UUID callId, CallStatus status) {}

  default void transcript(CallEvent event) {}

  default void step(CallStep step) {}

  default void stepEnded(UUID callId, int seq, Instant at, String outcome) {}
}
