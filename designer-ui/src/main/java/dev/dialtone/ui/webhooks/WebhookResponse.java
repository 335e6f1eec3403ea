package dev.dialtone.ui.webhooks;

import dev.dialtone.runtime.webhooks.Webhook;
import java.time.Instant;

/** A configured webhook as the API shows it: the secret never leaves the server. */
record WebhookResponse(String scope, String url, boolean secretSet, Instant updatedAt) {

  static WebhookResponse of(Webhook webhook) {
    return new WebhookResponse(webhook.scope(), webhook.url(), true, webhook.updatedAt());
  }
}
