package dev.dialtone.ui.webhooks;

import dev.dialtone.runtime.problems.InvalidInputException;
import dev.dialtone.runtime.problems.NotFoundException;
import dev.dialtone.runtime.webhooks.Webhook;
import dev.dialtone.runtime.webhooks.WebhookService;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The default webhook (every call) and a flow's own webhook (its calls instead of the default). */
@RestController
class WebhooksController {

  private final WebhookService webhooks;

  WebhooksController(WebhookService webhooks) {
    this.webhooks = webhooks;
  }

  @GetMapping("/api/v1/webhooks/default")
  WebhookResponse getDefault() {
    return webhooks
        .find(Webhook.DEFAULT)
        .map(WebhookResponse::of)
        .orElseThrow(() -> new NotFoundException("No default webhook is configured"));
  }

  @PutMapping("/api/v1/webhooks/default")
  WebhookResponse putDefault(@RequestBody(required = false) WebhookRequest request) {
    WebhookRequest body = require(request);
    return WebhookResponse.of(webhooks.putDefault(body.url(), body.secret()));
  }

  @DeleteMapping("/api/v1/webhooks/default")
  ResponseEntity<Void> deleteDefault() {
    if (!webhooks.deleteDefault()) {
      throw new NotFoundException("No default webhook is configured");
    }
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/v1/flows/{id}/webhook")
  WebhookResponse getForFlow(@PathVariable UUID id) {
    return webhooks
        .forFlow(id)
        .map(WebhookResponse::of)
        .orElseThrow(() -> new NotFoundException("Flow " + id + " has no webhook of its own"));
  }

  @PutMapping("/api/v1/flows/{id}/webhook")
  WebhookResponse putForFlow(
      @PathVariable UUID id, @RequestBody(required = false) WebhookRequest request) {
    WebhookRequest body = require(request);
    return WebhookResponse.of(webhooks.putForFlow(id, body.url(), body.secret()));
  }

  @DeleteMapping("/api/v1/flows/{id}/webhook")
  ResponseEntity<Void> deleteForFlow(@PathVariable UUID id) {
    if (!webhooks.deleteForFlow(id)) {
      throw new NotFoundException("Flow " + id + " has no webhook of its own");
    }
    return ResponseEntity.noContent().build();
  }

  private static WebhookRequest require(WebhookRequest request) {
    if (request == null) {
      throw InvalidInputException.of(
          "body", "required", "a JSON body {\"url\", \"secret\"} is required");
    }
    return request;
  }
}
