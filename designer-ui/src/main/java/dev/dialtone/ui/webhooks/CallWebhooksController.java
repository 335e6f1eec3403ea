package dev.dialtone.ui.webhooks;

import dev.dialtone.runtime.calls.CallQueries;
import dev.dialtone.runtime.webhooks.DeliveryAttempt;
import dev.dialtone.runtime.webhooks.DeliveryStatus;
import dev.dialtone.runtime.webhooks.OutboxEntry;
import dev.dialtone.runtime.webhooks.WebhookService;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A call's webhook events in order, each with every delivery attempt. */
@RestController
class CallWebhooksController {

  private final CallQueries calls;
  private final WebhookService webhooks;

  CallWebhooksController(CallQueries calls, WebhookService webhooks) {
    this.calls = calls;
    this.webhooks = webhooks;
  }

  @GetMapping("/api/v1/calls/{id}/webhooks")
  Map<String, List<Delivery>> deliveries(@PathVariable UUID id) {
    calls.get(id); // an unknown call is a 404, not an empty list
    return Map.of("deliveries", webhooks.deliveries(id).stream().map(Delivery::of).toList());
  }

  /** One event: where it went, where it stands, and its attempts so far. */
  record Delivery(
      long id,
      String event,
      String url,
      String status,
      int attempts,
      Instant nextAttemptAt,
      Instant createdAt,
      List<DeliveryAttempt> history) {
    static Delivery of(OutboxEntry entry) {
      return new Delivery(
          entry.id(),
          entry.event().wireName(),
          entry.url(),
          entry.status().name().toLowerCase(Locale.ROOT),
          entry.attempts(),
          entry.status() == DeliveryStatus.PENDING ? entry.nextAttemptAt() : null,
          entry.createdAt(),
          entry.history());
    }
  }
}
