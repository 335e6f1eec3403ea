package dev.dialtone.runtime.webhooks;

import java.time.Instant;
import java.util.UUID;

/** An event to enqueue, in the transaction of the call change it reports. */
record NewOutboxRow(
    UUID callId, WebhookEvent event, String scope, String url, String body, Instant at) {}
