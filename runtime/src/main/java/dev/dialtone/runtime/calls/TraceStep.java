package dev.dialtone.runtime.calls;

import java.time.Instant;

/** One executed node of a call; endedAt and outcome are null while it runs. */
public record TraceStep(
    String callId, int seq, String nodeId, String nodeType, Instant startedAt, Instant endedAt, String outcome) {}
