package dev.dialtone.runtime.calls;

import java.time.Instant;

/** Hears what happens on calls as it is stored, e.g. to show a test call live. */
public interface CallObserver {

  default void statusChanged(String callId, CallStatus status) {}

  default void transcript(TranscriptEvent event) {}

  default void step(TraceStep step) {}

  default void stepEnded(String callId, int seq, Instant at, String outcome) {}
}
