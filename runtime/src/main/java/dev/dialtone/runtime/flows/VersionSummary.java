package dev.dialtone.runtime.flows;

import java.time.Instant;

/**
 * One line of a flow's history: a published version, who published it and why, and the calls that
 * ran on it ({@code liveCalls} of them still running).
 */
public record VersionSummary(
    int version, Instant publishedAt, String publishedBy, String note, int calls, int liveCalls) {}
