package dev.dialtone.runtime.calls;

import java.time.Instant;

/** Something the caller heard or did: talk (text), play (url), digits, hangup. */
public record TranscriptEvent(String callId, int seq, Instant at, String type, String nodeId, String content) {}
