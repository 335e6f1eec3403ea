package dev.dialtone.runtime.calls;

import java.time.Instant;
import java.util.UUID;

/**
 * One executed node of a call's trace; {@code endedAt} and {@code outcome} are null while it runs.
 */
public record CallStep(
    UUID callId,
    int seq,
    String nodeId,
    String nodeType,
    Instant startedAt,
    Instant endedAt,
    String outcome) {}
