package dev.dialtone.runtime.webhooks;

import dev.dialtone.flow.Problem;
import dev.dialtone.runtime.db.Timestamps;
import dev.dialtone.runtime.problems.InvalidInputException;
import dev.dialtone.runtime.problems.NotFoundException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/** Configures webhooks (checked before anything is stored) and lists a call's deliveries. */
public class WebhookService {

  static final int MIN_SECRET = 16;
  static final int MAX_SECRET = 256;
  static final int MAX_URL = 2048;

  private final WebhookRepository webhooks;
  private final OutboxRepository outbox;
  private final Predicate<UUID> flowExists;

  public WebhookService(
      WebhookRepository webhooks, OutboxRepository outbox, Predicate<UUID> flowExists) {
    this.webhooks = webhooks;
    this.outbox = outbox;
    this.flowExists = flowExists;
  }

  public Optional<Webhook> find(String scope) {
    return webhooks.find(scope);
  }

  public Optional<Webhook> forFlow(UUID flowId) {
    requireFlow(flowId);
    return webhooks.find(flowId.toString());
  }

  public Webhook putDefault(String url, String secret) {
    return put(Webhook.DEFAULT, url, secret);
  }

  public Webhook putForFlow(UUID flowId, String url, String secret) {
    requireFlow(flowId);
    return put(flowId.toString(), url, secret);
  }

  public boolean deleteDefault() {
    return webhooks.delete(Webhook.DEFAULT);
  }

  public boolean deleteForFlow(UUID flowId) {
    requireFlow(flowId);
    return webhooks.delete(flowId.toString());
  }

  /** A call's events in order, each with its delivery attempts. */
  public List<OutboxEntry> deliveries(UUID callId) {
    return outbox.forCall(callId);
  }

  private Webhook put(String scope, String url, String secret) {
    List<Problem> problems = new ArrayList<>();
    checkUrl(url, problems);
    checkSecret(secret, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Webhook webhook = new Webhook(scope, url, secret, Timestamps.now());
    webhooks.put(webhook);
    return webhook;
  }

  private void requireFlow(UUID flowId) {
    if (!flowExists.test(flowId)) {
      throw new NotFoundException("No flow " + flowId);
    }
  }

  private static void checkUrl(String url, List<Problem> problems) {
    if (url == null || url.isBlank()) {
      problems.add(new Problem(null, "url", "required", "url is required"));
      return;
    }
    if (url.length() > MAX_URL) {
      problems.add(
          new Problem(null, "url", "too_long", "url is longer than " + MAX_URL + " characters"));
      return;
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        problems.add(new Problem(null, "url", "scheme", "url must start with http:// or https://"));
      } else if (uri.getHost() == null || uri.getHost().isEmpty()) {
        problems.add(new Problem(null, "url", "host", "url has no host"));
      } else if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
        problems.add(
            new Problem(null, "url", "invalid", "url must not carry credentials or a fragment"));
      }
    } catch (URISyntaxException e) {
      problems.add(new Problem(null, "url", "invalid", "url is not a valid URL"));
    }
  }

  private static void checkSecret(String secret, List<Problem> problems) {
    if (secret == null || secret.length() < MIN_SECRET) {
      problems.add(
          new Problem(
              null,
              "secret",
              "too_short",
              "secret must be at least " + MIN_SECRET + " characters"));
    } else if (secret.length() > MAX_SECRET) {
      problems.add(
          new Problem(
              null, "secret", "too_long", "secret must be at most " + MAX_SECRET + " characters"));
    } else if (secret.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      problems.add(
          new Problem(null, "secret", "invalid", "secret must not contain control characters"));
    }
  }
}
