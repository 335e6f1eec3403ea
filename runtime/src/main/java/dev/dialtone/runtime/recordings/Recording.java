package dev.dialtone.runtime.recordings;

import java.time.Instant;
import java.util.UUID;

/**
 * What is known about a stored recording, without its audio.
 *
 * @param endReason what ended it: {@code max_duration}, {@code silence}, {@code finish_key}, {@code
 *     stopped} or {@code hangup}
 * @param sizeBytes the size of its WAV file
 */
public record Recording(
    UUID id,
    UUID callId,
    String nodeId,
    long durationMs,
    String endReason,
    int sizeBytes,
    Instant createdAt) {}
