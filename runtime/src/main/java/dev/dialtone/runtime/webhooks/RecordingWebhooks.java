package dev.dialtone.runtime.webhooks;

import dev.dialtone.runtime.calls.CallRecord;
import dev.dialtone.runtime.calls.CallRepository;
import dev.dialtone.runtime.db.Timestamps;
import dev.dialtone.runtime.recordings.Recording;
import dev.dialtone.runtime.recordings.RecordingHook;
import java.util.List;
import java.util.Optional;

/**
 * Writes {@code recording_finished} to the outbox in the transaction that stores the recording: it
 * goes to the webhook of the call's flow, else to the default one, like the call's own events.
 */
final class RecordingWebhooks implements RecordingHook {

  private final WebhookRepository webhooks;
  private final OutboxRepository outbox;
  private final CallRepository calls;
  private final Runnable wake;
  private final WebhookBodies bodies = new WebhookBodies();

  /**
   * @param wake tells the delivery worker there is something to send (after the commit)
   */
  RecordingWebhooks(
      WebhookRepository webhooks, OutboxRepository outbox, CallRepository calls, Runnable wake) {
    this.webhooks = webhooks;
    this.outbox = outbox;
    this.calls = calls;
    this.wake = wake;
  }

  @Override
  public Runnable stored(Recording recording) {
    List<Webhook> all = webhooks.all();
    if (all.isEmpty()) {
      return () -> {};
    }
    // The call's record is written by the journal, off the call's path; a recording takes at
    // least the time of a prompt, so the record is there, but if it were not, the default
    // webhook still hears of the recording.
    Optional<CallRecord> call = calls.find(recording.callId());
    Optional<Webhook> target =
        call.map(CallRecord::flowId)
            .flatMap(flowId -> scope(all, flowId.toString()))
            .or(() -> scope(all, Webhook.DEFAULT));
    if (target.isEmpty()) {
      return () -> {};
    }
    outbox.enqueue(
        List.of(
            new NewOutboxRow(
                recording.callId(),
                WebhookEvent.RECORDING_FINISHED,
                target.get().scope(),
                target.get().url(),
                bodies.body(recording, call.orElse(null)),
                Timestamps.now())));
    return wake;
  }

  private static Optional<Webhook> scope(List<Webhook> all, String scope) {
    return all.stream().filter(w -> w.scope().equals(scope)).findFirst();
  }
}
