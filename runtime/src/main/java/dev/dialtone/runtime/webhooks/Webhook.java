package dev.dialtone.runtime.webhooks;

import java.time.Instant;

/**
 * Where a scope's call events go. {@code scope} is {@link #DEFAULT} or a flow's id; the secret
 * signs each delivery.
 */
public record Webhook(String scope, String url, String secret, Instant updatedAt) {

  public static final String DEFAULT = "default";

  @Override
  public String toString() {
    // never let the secret reach a log line
    return "Webhook[scope=" + scope + ", url=" + url + "]";
  }
}
