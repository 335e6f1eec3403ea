package dev.dialtone.runtime.calls;

import java.time.Instant;

/** A call record as it is first written (status dialing). */
public record NewCall(
    String callId,
    String flowId,
    Integer flowVersion,
    String revision,
    String direction,
    String from,
    String to,
    Instant createdAt) {}
