package dev.dialtone.runtime.calls;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of a call's transcript; {@code content} is the spoken text, the played URL or the
 * digits.
 */
public record CallEvent(
    UUID callId, int seq, Instant at, CallEventType type, String nodeId, String content) {}
