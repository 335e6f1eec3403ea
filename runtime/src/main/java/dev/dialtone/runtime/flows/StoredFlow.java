package dev.dialtone.runtime.flows;

import java.time.Instant;
import java.util.UUID;

/**
 * A flow's draft as stored. {@code revision} is the optimistic-lock token a writer sends back;
 * {@code latestPublishedVersion} is null until the flow is first published.
 */
public record StoredFlow(
    UUID id,
    String name,
    String documentJson,
    int revision,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy,
    Integer latestPublishedVersion) {}
