package dev.dialtone.runtime.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One event waiting in, or done with, the outbox, with its delivery attempts so far. */
public record OutboxEntry(
    long id,
    UUID callId,
    WebhookEvent event,
    String scope,
    String url,
    String body,
    DeliveryStatus status,
    int attempts,
    Instant nextAttemptAt,
    Instant createdAt,
    List<DeliveryAttempt> history) {}
