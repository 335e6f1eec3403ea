package dev.dialtone.runtime.webhooks;

import static dev.dialtone.runtime.calls.CallTestData.T0;
import static dev.dialtone.runtime.calls.CallTestData.incoming;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.runtime.calls.CallJournal;
import dev.dialtone.runtime.calls.CallRepository;
import dev.dialtone.runtime.calls.CallStatus;
import dev.dialtone.runtime.calls.CallTraceRepository;
import dev.dialtone.runtime.calls.HangupBy;
import dev.dialtone.runtime.calls.HangupReason;
import dev.dialtone.runtime.calls.NewCall;
import dev.dialtone.runtime.db.TestDatabase;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The webhook tables and the outbox hook, on each database. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class WebhookOutboxIT {

  @Parameter TestDatabase database;

  WebhookRepository webhooks;
  OutboxRepository outbox;
  CallRepository calls;
  CallJournal journal;

  @BeforeEach
  void setUp() {
    database.reset();
    webhooks = new WebhookRepository(database.dsl());
    outbox = new OutboxRepository(database.dsl());
    calls = new CallRepository(database.dsl());
    journal = new CallJournal(calls, new CallTraceRepository(database.dsl()), Runnable::run);
    journal.hook(new WebhookOutbox(webhooks, outbox, calls));
  }

  @AfterEach
  void tearDown() {
    journal.close();
  }

  @Test
  void webhookIsCreatedReplacedAndDeleted() {
    webhooks.put(new Webhook("default", "http://a.example/x", "0123456789abcdef", T0));
    webhooks.put(
        new Webhook("default", "https://b.example/y", "fedcba9876543210", T0.plusSeconds(1)));

    assertThat(webhooks.find("default"))
        .contains(
            new Webhook("default", "https://b.example/y", "fedcba9876543210", T0.plusSeconds(1)));
    assertThat(webhooks.all()).hasSize(1);
    assertThat(webhooks.delete("default")).isTrue();
    assertThat(webhooks.find("default")).isEmpty();
    assertThat(webhooks.delete("default")).isFalse();
  }

  @Test
  void theRememberedListFollowsChangesMadeHereAtOnce() {
    assertThat(webhooks.all()).isEmpty();
    Webhook first = new Webhook("default", "http://a.example/x", "0123456789abcdef", T0);
    webhooks.put(first);
    assertThat(webhooks.all()).containsExactly(first);
    Webhook replaced =
        new Webhook("default", "https://b.example/y", "fedcba9876543210", T0.plusSeconds(1));
    webhooks.put(replaced);
    assertThat(webhooks.all()).containsExactly(replaced);
    webhooks.delete("default");
    assertThat(webhooks.all()).isEmpty();
  }

  @Test
  void noWebhookNoOutboxRows() {
    NewCall call = incoming(null, "+15550100", T0);
    journal.created(call);
    journal.hungUp(call.id(), HangupReason.NORMAL, HangupBy.REMOTE, T0.plusSeconds(1));
    journal.flush();

    assertThat(outbox.forCall(call.id())).isEmpty();
  }

  @Test
  void effectiveChangesBecomeEventsInOrderAndLateOnesNone() {
    webhooks.put(new Webhook("default", "http://127.0.0.1:1/hook", "0123456789abcdef", T0));
    NewCall call = incoming(null, "+15550100", T0);

    journal.created(call);
    journal.status(call.id(), CallStatus.RINGING, T0.plusMillis(10));
    journal.status(call.id(), CallStatus.PROGRESSING, T0.plusMillis(20));
    journal.flush();
    // a late "ringing" and a second hang-up change nothing, so they send nothing
    journal.status(call.id(), CallStatus.RINGING, T0.plusMillis(30));
    journal.hungUp(call.id(), HangupReason.NORMAL, HangupBy.REMOTE, T0.plusMillis(40));
    journal.hungUp(call.id(), HangupReason.FAILED, HangupBy.LOCAL, T0.plusMillis(50));
    journal.flush();

    List<OutboxEntry> entries = outbox.forCall(call.id());
    assertThat(entries)
        .extracting(OutboxEntry::event)
        .containsExactly(
            WebhookEvent.CALL_CREATED,
            WebhookEvent.CALL_UPDATED,
            WebhookEvent.CALL_UPDATED,
            WebhookEvent.CALL_HANGUP);
    assertThat(entries).allMatch(e -> e.status() == DeliveryStatus.PENDING && e.attempts() == 0);
    assertThat(entries.get(2).body()).contains("\"status\":\"progressing\"");
    assertThat(entries.get(3).body())
        .contains("\"hangup_reason\":\"normal\"", "\"hangup_by\":\"remote\"")
        .contains("\"id\":\"" + call.id() + "\"", "\"to\":\"+15550100\"");
  }

  @Test
  void aFlowsOwnWebhookWinsOverTheDefault() {
    UUID flowId = UUID.randomUUID();
    webhooks.put(new Webhook("default", "http://127.0.0.1:1/default", "0123456789abcdef", T0));
    webhooks.put(new Webhook(flowId.toString(), "http://127.0.0.1:1/flow", "0123456789abcdef", T0));
    NewCall ofFlow = incoming(flowId, "+15550100", T0);
    NewCall other = incoming(UUID.randomUUID(), "+15550101", T0);

    journal.created(ofFlow);
    journal.created(other);
    journal.flush();

    assertThat(outbox.forCall(ofFlow.id()).getFirst().url()).isEqualTo("http://127.0.0.1:1/flow");
    assertThat(outbox.forCall(other.id()).getFirst().url()).isEqualTo("http://127.0.0.1:1/default");
  }

  @Test
  void attemptsAreRecordedAndAClaimIsTakenOnce() {
    webhooks.put(new Webhook("default", "http://127.0.0.1:1/hook", "0123456789abcdef", T0));
    NewCall call = incoming(null, "+15550100", T0);
    journal.created(call);
    journal.flush();
    OutboxEntry entry = outbox.due(Instant.now(), 10).getFirst();
    Instant lease = Instant.now().plusSeconds(30).truncatedTo(ChronoUnit.MICROS);

    assertThat(outbox.claim(entry, lease)).isTrue();
    assertThat(outbox.claim(entry, lease)).isFalse();

    outbox.recordAttempt(
        entry.id(),
        new DeliveryAttempt(1, T0, 503, "receiver answered 503"),
        DeliveryStatus.PENDING,
        T0.plusSeconds(5));
    outbox.recordAttempt(
        entry.id(),
        new DeliveryAttempt(2, T0.plusSeconds(5), 200, null),
        DeliveryStatus.DELIVERED,
        T0.plusSeconds(5));

    OutboxEntry done = outbox.forCall(call.id()).getFirst();
    assertThat(done.status()).isEqualTo(DeliveryStatus.DELIVERED);
    assertThat(done.attempts()).isEqualTo(2);
    assertThat(done.history())
        .containsExactly(
            new DeliveryAttempt(1, T0, 503, "receiver answered 503"),
            new DeliveryAttempt(2, T0.plusSeconds(5), 200, null));
    assertThat(outbox.due(Instant.now(), 10)).isEmpty();
  }

  @Test
  void onlyACallsOldestPendingEventIsDueAndOtherCallsAreNotHeldUp() {
    webhooks.put(new Webhook("default", "http://127.0.0.1:1/hook", "0123456789abcdef", T0));
    NewCall slow = incoming(null, "+15550100", T0);
    NewCall other = incoming(null, "+15550101", T0);
    journal.created(slow);
    journal.status(slow.id(), CallStatus.RINGING, T0.plusMillis(1));
    journal.flush();
    OutboxEntry first = outbox.forCall(slow.id()).getFirst();
    // the first event failed and waits for its retry: the call's next event must wait too
    outbox.recordAttempt(
        first.id(),
        new DeliveryAttempt(1, T0, 500, "receiver answered 500"),
        DeliveryStatus.PENDING,
        Instant.now().plusSeconds(60));
    journal.created(other);
    journal.flush();

    assertThat(outbox.due(Instant.now(), 10))
        .extracting(OutboxEntry::callId)
        .containsExactly(other.id());
    assertThat(outbox.due(Instant.now().plusSeconds(61), 10))
        .extracting(OutboxEntry::event, OutboxEntry::callId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(WebhookEvent.CALL_CREATED, slow.id()),
            org.assertj.core.groups.Tuple.tuple(WebhookEvent.CALL_CREATED, other.id()));
  }
}
