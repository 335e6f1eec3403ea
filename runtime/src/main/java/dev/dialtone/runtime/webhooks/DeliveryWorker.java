package dev.dialtone.runtime.webhooks;

import dev.dialtone.runtime.db.Timestamps;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what the outbox holds, entirely off the call path: one polling thread finds due events and
 * hands each to a virtual thread, at most {@code concurrency} at once. A call's events go out one
 * after another, in order; different calls in parallel. All state is in the outbox, so a restart
 * carries on where the last run stopped.
 */
public class DeliveryWorker implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorker.class);
  private static final int BATCH = 500;

  private final OutboxRepository outbox;
  private final WebhookRepository webhooks;
  private final WebhookProperties properties;
  private final HttpClient http;
  private final ExecutorService senders =
      Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("webhook-", 0).factory());
  private final Semaphore slots;
  private final Set<UUID> callsInFlight = ConcurrentHashMap.newKeySet();
  private final Thread poller;
  private volatile boolean running = true;

  public DeliveryWorker(
      OutboxRepository outbox, WebhookRepository webhooks, WebhookProperties properties) {
    this.outbox = outbox;
    this.webhooks = webhooks;
    this.properties = properties;
    this.slots = new Semaphore(properties.concurrency());
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(properties.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .executor(senders)
            .build();
    this.poller = Thread.ofPlatform().name("webhook-poller").daemon().start(this::loop);
  }

  /** New events were stored: look now rather than at the next poll. */
  public void wake() {
    LockSupport.unpark(poller);
  }

  @Override
  public void close() {
    running = false;
    poller.interrupt();
    senders.shutdownNow();
    try {
      senders.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    http.close();
  }

  private void loop() {
    while (running) {
      try {
        dispatchDue();
      } catch (RuntimeException e) {
        // the database may be briefly away; the rows wait for the next round
        LOG.warn("webhook worker could not read the outbox", e);
      }
      LockSupport.parkNanos(this, properties.pollInterval().toNanos());
      if (Thread.interrupted() && !running) {
        return;
      }
    }
  }

  private void dispatchDue() {
    Instant now = Instant.now();
    for (OutboxEntry entry : outbox.due(now, BATCH)) {
      if (callsInFlight.contains(entry.callId())) {
        continue; // its previous event is still on its way
      }
      if (!slots.tryAcquire()) {
        return;
      }
      Instant lease =
          now.plus(properties.requestTimeout())
              .plus(properties.connectTimeout())
              .truncatedTo(ChronoUnit.MICROS);
      if (!callsInFlight.add(entry.callId()) || !outbox.claim(entry, lease)) {
        callsInFlight.remove(entry.callId());
        slots.release();
        continue;
      }
      senders.execute(() -> deliverThenNext(entry));
    }
  }

  private void deliverThenNext(OutboxEntry entry) {
    try {
      deliver(entry);
    } catch (RuntimeException e) {
      LOG.warn("webhook delivery {} could not be recorded", entry.id(), e);
    } finally {
      callsInFlight.remove(entry.callId());
      slots.release();
      wake();
    }
  }

  private void deliver(OutboxEntry entry) {
    int attempt = entry.attempts() + 1;
    Instant at = Timestamps.now();
    Integer statusCode = null;
    String error = null;
    Optional<Webhook> webhook = webhooks.find(entry.scope());
    if (webhook.isEmpty()) {
      error = "webhook " + entry.scope() + " was removed";
    } else {
      try {
        HttpResponse<Void> response =
            http.send(request(entry, webhook.get()), HttpResponse.BodyHandlers.discarding());
        statusCode = response.statusCode();
        if (statusCode / 100 != 2) {
          error = "receiver answered " + statusCode;
        }
      } catch (java.io.IOException e) {
        error = e.getClass().getSimpleName() + ": " + e.getMessage();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return; // shutting down: the row stays pending and is retried after the restart
      }
    }
    DeliveryAttempt record = new DeliveryAttempt(attempt, at, statusCode, error);
    if (error == null) {
      outbox.recordAttempt(entry.id(), record, DeliveryStatus.DELIVERED, at);
    } else if (attempt >= properties.maxAttempts() || webhook.isEmpty()) {
      LOG.warn(
          "webhook {} of call {} failed for good after {} attempts: {}",
          entry.event().wireName(),
          entry.callId(),
          attempt,
          error);
      outbox.recordAttempt(entry.id(), record, DeliveryStatus.FAILED, at);
    } else {
      outbox.recordAttempt(
          entry.id(),
          record,
          DeliveryStatus.PENDING,
          Timestamps.now().plus(properties.backoff(attempt)));
    }
  }

  private HttpRequest request(OutboxEntry entry, Webhook webhook) {
    long t = Instant.now().getEpochSecond();
    return HttpRequest.newBuilder(URI.create(entry.url()))
        .timeout(properties.requestTimeout())
        .header("Content-Type", "application/json")
        .header("User-Agent", "Dialtone-Webhooks")
        .header("X-Dialtone-Event", entry.event().wireName())
        .header("X-Dialtone-Delivery", Long.toString(entry.id()))
        .header(WebhookSignature.HEADER, WebhookSignature.header(webhook.secret(), t, entry.body()))
        .POST(HttpRequest.BodyPublishers.ofString(entry.body()))
        .build();
  }
}
