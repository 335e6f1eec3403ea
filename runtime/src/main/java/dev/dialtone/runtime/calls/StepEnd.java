package dev.dialtone.runtime.calls;

import java.time.Instant;
import java.util.UUID;

/** The end of a running step, for {@link CallTraceRepository#finishSteps}. */
public record StepEnd(UUID callId, int seq, Instant endedAt, String outcome) {}
