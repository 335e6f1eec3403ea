package dev.dialtone.runtime.calls;

import java.time.Instant;
import java.util.UUID;

/** A call leg's record: the history the UI lists, kept after its flow is deleted. */
public record CallRecord(
    UUID id,
    UUID flowId,
    Integer flowVersion,
    CallRevision revision,
    CallDirection direction,
    String source,
    String destination,
    CallStatus status,
    HangupReason hangupReason,
    HangupBy hangupBy,
    String rejectReason,
    UUID masterCallId,
    Long processInstanceKey,
    Instant tmCreate,
    Instant tmRinging,
    Instant tmProgressing,
    Instant tmHangup,
    Instant tmUpdate) {}
