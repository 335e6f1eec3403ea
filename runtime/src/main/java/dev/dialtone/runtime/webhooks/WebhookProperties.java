package dev.dialtone.runtime.webhooks;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Webhook delivery ({@code dialtone.webhooks.*}). With the defaults a receiver that stays down is
 * tried 8 times over about 10.5 minutes (5 s, 10 s, … 320 s apart) before the event is marked
 * failed.
 *
 * @param firstRetry the wait after the first failed attempt; each further wait doubles
 * @param maxAttempts attempts before giving up
 * @param pollInterval how often the worker looks for due events when nothing woke it
 * @param concurrency deliveries in flight at once (each on a virtual thread)
 * @param connectTimeout time to connect to a receiver
 * @param requestTimeout time for a receiver to answer
 */
@ConfigurationProperties("dialtone.webhooks")
public record WebhookProperties(
    @DefaultValue("5s") Duration firstRetry,
    @DefaultValue("8") int maxAttempts,
    @DefaultValue("1s") Duration pollInterval,
    @DefaultValue("16") int concurrency,
    @DefaultValue("2s") Duration connectTimeout,
    @DefaultValue("5s") Duration requestTimeout) {

  /** The wait after failed attempt number {@code attempt} (1-based). */
  public Duration backoff(int attempt) {
    return firstRetry.multipliedBy(1L << Math.min(attempt - 1, 20));
  }
}
