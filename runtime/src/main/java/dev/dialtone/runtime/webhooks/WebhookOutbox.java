package dev.dialtone.runtime.webhooks;

import dev.dialtone.runtime.calls.CallChange;
import dev.dialtone.runtime.calls.CallChangeHook;
import dev.dialtone.runtime.calls.CallRecord;
import dev.dialtone.runtime.calls.CallRepository;
import dev.dialtone.runtime.calls.CallStatus;
import dev.dialtone.runtime.db.Timestamps;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * Turns the journal's call changes into outbox rows, in the journal's transaction. The calls'
 * stored state before the batch decides which changes take effect (status moves forward only, the
 * first hang-up wins), so a late or repeated telephony event sends nothing. With no webhook
 * configured a batch costs nothing but a look at the remembered (empty) list of webhooks.
 */
public class WebhookOutbox implements CallChangeHook {

  private final WebhookRepository webhooks;
  private final OutboxRepository outbox;
  private final CallRepository calls;
  private final WebhookBodies bodies;
  private final AtomicBoolean enqueued = new AtomicBoolean();

  public WebhookOutbox(WebhookRepository webhooks, OutboxRepository outbox, CallRepository calls) {
    this.webhooks = webhooks;
    this.outbox = outbox;
    this.calls = calls;
    this.bodies = new WebhookBodies();
  }

  @Override
  public Runnable beforeApply(List<CallChange> changes) {
    Map<String, Webhook> byScope =
        webhooks.all().stream().collect(Collectors.toMap(Webhook::scope, w -> w));
    if (byScope.isEmpty()) {
      return () -> {};
    }
    List<PendingEvent> events = eventsOf(changes);
    if (events.isEmpty()) {
      return () -> {};
    }
    return () -> enqueue(events, byScope);
  }

  private List<PendingEvent> eventsOf(List<CallChange> changes) {
    Map<UUID, CallStatus> current = new HashMap<>();
    List<UUID> known = new ArrayList<>();
    for (CallChange change : changes) {
      if (!(change instanceof CallChange.Insert) && !current.containsKey(change.callId())) {
        known.add(change.callId());
      }
      if (change instanceof CallChange.Insert insert) {
        current.putIfAbsent(insert.callId(), null);
      }
    }
    for (CallRecord record : calls.findAll(known)) {
      current.putIfAbsent(record.id(), record.status());
    }
    List<PendingEvent> events = new ArrayList<>();
    for (CallChange change : changes) {
      CallStatus before = current.get(change.callId());
      switch (change) {
        case CallChange.Insert insert -> {
          if (before == null) {
            current.put(insert.callId(), insert.call().status());
            events.add(new PendingEvent(insert.callId(), WebhookEvent.CALL_CREATED, change));
          }
        }
        case CallChange.Status status -> {
          if (before != null && before.rank() < status.status().rank()) {
            current.put(status.callId(), status.status());
            events.add(new PendingEvent(status.callId(), WebhookEvent.CALL_UPDATED, change));
          }
        }
        case CallChange.Hangup hangup -> {
          if (before != null && before != CallStatus.HANGUP) {
            current.put(hangup.callId(), CallStatus.HANGUP);
            events.add(new PendingEvent(hangup.callId(), WebhookEvent.CALL_HANGUP, change));
          }
        }
        case CallChange.InstanceKey ignored -> {}
        case CallChange.RejectReason ignored -> {}
      }
    }
    return events;
  }

  /** After the changes are applied: the records now hold what the events carry. */
  private void enqueue(List<PendingEvent> events, Map<String, Webhook> byScope) {
    Map<UUID, CallRecord> records = new LinkedHashMap<>();
    for (CallRecord record :
        calls.findAll(events.stream().map(PendingEvent::callId).distinct().toList())) {
      records.put(record.id(), record);
    }
    var now = Timestamps.now();
    List<NewOutboxRow> rows = new ArrayList<>();
    for (PendingEvent event : events) {
      CallRecord record = records.get(event.callId());
      if (record == null) {
        continue;
      }
      Webhook target = record.flowId() == null ? null : byScope.get(record.flowId().toString());
      if (target == null) {
        target = byScope.get(Webhook.DEFAULT);
      }
      if (target == null) {
        continue;
      }
      rows.add(
          new NewOutboxRow(
              event.callId(),
              event.type(),
              target.scope(),
              target.url(),
              bodies.body(event.type(), event.change(), record),
              now));
    }
    outbox.enqueue(rows);
    if (!rows.isEmpty()) {
      enqueued.set(true);
    }
  }

  /**
   * Whether rows were written to the outbox since the last call (which clears it): the delivery
   * worker is woken for those only, not for every call change, which would cost an outbox query per
   * change even with no webhook configured.
   */
  boolean takeEnqueued() {
    return enqueued.getAndSet(false);
  }

  private record PendingEvent(UUID callId, WebhookEvent type, CallChange change) {}
}
