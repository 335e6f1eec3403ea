package dev.dialtone.runtime.webhooks;

/** What a webhook delivery reports; {@link #wireName()} is the {@code event} field of its body. */
public enum WebhookEvent {
  CALL_CREATED,
  CALL_UPDATED,
  CALL_HANGUP,
  /** A record node's recording is stored and can be downloaded. */
  RECORDING_FINISHED;

  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
