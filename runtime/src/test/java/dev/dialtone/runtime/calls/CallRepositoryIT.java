package dev.dialtone.runtime.calls;

import static dev.dialtone.runtime.calls.CallTestData.T0;
import static dev.dialtone.runtime.calls.CallTestData.chained;
import static dev.dialtone.runtime.calls.CallTestData.ids;
import static dev.dialtone.runtime.calls.CallTestData.incoming;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.runtime.db.TestDatabase;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class CallRepositoryIT {

  @Parameter TestDatabase database;

  CallRepository calls;

  @BeforeEach
  void setUp() {
    database.reset();
    calls = new CallRepository(database.dsl());
  }

  @Test
  void insertedCallReadsBackWithEveryField() {
    UUID master = UUID.randomUUID();
    NewCall call =
        new NewCall(
            UUID.randomUUID(),
            UUID.randomUUID(),
            3,
            CallRevision.DRAFT,
            CallDirection.OUTGOING,
            "+4930901820",
            "+4917612345678",
            CallStatus.DIALING,
            master,
            null,
            T0);
    calls.insert(call);

    CallRecord stored = calls.find(call.id()).orElseThrow();

    assertThat(stored)
        .isEqualTo(
            new CallRecord(
                call.id(),
                call.flowId(),
                3,
                CallRevision.DRAFT,
                CallDirection.OUTGOING,
                "+4930901820",
                "+4917612345678",
                CallStatus.DIALING,
                null,
                null,
                null,
                master,
                null,
                T0,
                null,
                null,
                null,
                T0));
  }

  @Test
  void unknownCallIsNotFound() {
    assertThat(calls.find(UUID.randomUUID())).isEmpty();
    assertThat(calls.updateStatus(UUID.randomUUID(), CallStatus.RINGING, T0)).isFalse();
  }

  @Test
  void statusMovesForwardStampingEachStage() {
    UUID id = CallTestData.insertCall(calls, null, "+4930901820");

    assertThat(calls.updateStatus(id, CallStatus.RINGING, T0.plusSeconds(1))).isTrue();
    assertThat(calls.updateStatus(id, CallStatus.PROGRESSING, T0.plusSeconds(2))).isTrue();
    assertThat(calls.updateStatus(id, CallStatus.TERMINATING, T0.plusSeconds(3))).isTrue();
    assertThat(calls.updateStatus(id, CallStatus.HANGUP, T0.plusSeconds(4))).isTrue();

    CallRecord call = calls.find(id).orElseThrow();
    assertThat(call.status()).isEqualTo(CallStatus.HANGUP);
    assertThat(call.tmRinging()).isEqualTo(T0.plusSeconds(1));
    assertThat(call.tmProgressing()).isEqualTo(T0.plusSeconds(2));
    assertThat(call.tmHangup()).isEqualTo(T0.plusSeconds(4));
    assertThat(call.tmUpdate()).isEqualTo(T0.plusSeconds(4));
  }

  @Test
  void aLateRingingAfterHangupIsIgnored() {
    UUID id = CallTestData.insertCall(calls, null, "+4930901820");
    calls.hangup(id, HangupReason.NORMAL, HangupBy.REMOTE, T0.plusSeconds(5));

    assertThat(calls.updateStatus(id, CallStatus.RINGING, T0.plusSeconds(6))).isFalse();

    CallRecord call = calls.find(id).orElseThrow();
    assertThat(call.status()).isEqualTo(CallStatus.HANGUP);
    assertThat(call.tmRinging()).isNull();
    assertThat(call.tmUpdate()).isEqualTo(T0.plusSeconds(5));
  }

  @Test
  void sidewaysAndRepeatedTransitionsAreIgnoredButSkippingAheadIsAllowed() {
    UUID id = CallTestData.insertCall(calls, null, "+4930901820");

    assertThat(calls.updateStatus(id, CallStatus.PROGRESSING, T0.plusSeconds(1))).isTrue();
    assertThat(calls.updateStatus(id, CallStatus.PROGRESSING, T0.plusSeconds(2))).isFalse();
    assertThat(calls.updateStatus(id, CallStatus.CANCELING, T0.plusSeconds(3))).isTrue();
    assertThat(calls.updateStatus(id, CallStatus.TERMINATING, T0.plusSeconds(4))).isFalse();

    CallRecord call = calls.find(id).orElseThrow();
    assertThat(call.status()).isEqualTo(CallStatus.CANCELING);
    assertThat(call.tmRinging()).isNull();
    assertThat(call.tmProgressing()).isEqualTo(T0.plusSeconds(1));
    assertThat(call.tmUpdate()).isEqualTo(T0.plusSeconds(3));
  }

  @Test
  void firstHangupWins() {
    UUID id = CallTestData.insertCall(calls, null, "+4930901820");

    assertThat(calls.hangup(id, HangupReason.BUSY, HangupBy.REMOTE, T0.plusSeconds(1))).isTrue();
    assertThat(calls.hangup(id, HangupReason.NORMAL, HangupBy.LOCAL, T0.plusSeconds(2))).isFalse();

    CallRecord call = calls.find(id).orElseThrow();
    assertThat(call.status()).isEqualTo(CallStatus.HANGUP);
    assertThat(call.hangupReason()).isEqualTo(HangupReason.BUSY);
    assertThat(call.hangupBy()).isEqualTo(HangupBy.REMOTE);
    assertThat(call.tmHangup()).isEqualTo(T0.plusSeconds(1));
  }

  @Test
  void processInstanceKeyAndRejectReasonAreRecorded() {
    UUID id = CallTestData.insertCall(calls, null, "+4930901820");

    assertThat(calls.setProcessInstanceKey(id, 2251799813685249L)).isTrue();
    assertThat(calls.setRejectReason(id, "number +4930901820 has no published flow")).isTrue();
    assertThat(calls.setProcessInstanceKey(UUID.randomUUID(), 1L)).isFalse();

    CallRecord call = calls.find(id).orElseThrow();
    assertThat(call.processInstanceKey()).isEqualTo(2251799813685249L);
    assertThat(call.rejectReason()).isEqualTo("number +4930901820 has no published flow");
  }

  @Test
  void chainedLegsAreFoundByTheirMaster() {
    NewCall master = insert(incoming(null, "+4930111", T0));
    NewCall leg1 = insert(chained(master.id(), T0.plusSeconds(1)));
    NewCall leg2 = insert(chained(master.id(), T0.plusSeconds(2)));
    NewCall other = insert(incoming(null, "+4930111", T0.plusSeconds(3)));
    NewCall otherLeg = insert(chained(other.id(), T0.plusSeconds(4)));
    NewCall alone = insert(incoming(null, "+4930111", T0.plusSeconds(5)));

    assertThat(ids(calls.chainedTo(master.id()))).containsExactly(leg1.id(), leg2.id());
    assertThat(ids(calls.chainedToAny(List.of(master.id(), other.id(), alone.id()))))
        .containsExactly(leg1.id(), leg2.id(), otherLeg.id());
    assertThat(calls.chainedToAny(List.of())).isEmpty();
  }

  private NewCall insert(NewCall call) {
    calls.insert(call);
    return call;
  }

  @Test
  void batchedChangesEndAsTheSameChangesOneByOne() {
    NewCall newInBatch = incoming(null, "+15550100", T0);
    NewCall newAlone = incoming(null, "+15550100", T0);
    NewCall oldInBatch = incoming(null, "+15550101", T0);
    NewCall oldAlone = incoming(null, "+15550101", T0);
    calls.insert(oldInBatch);
    calls.insert(oldAlone);
    Instant t1 = T0.plusSeconds(1);
    Instant t2 = T0.plusSeconds(2);
    Instant t3 = T0.plusSeconds(3);
    // one script per kind of call: created in the batch, or before it
    java.util.function.Function<UUID, List<CallChange>> afterCreation =
        id ->
            List.of(
                new CallChange.Status(id, CallStatus.RINGING, t1),
                new CallChange.Status(id, CallStatus.PROGRESSING, t1),
                new CallChange.InstanceKey(id, 42),
                new CallChange.Hangup(id, HangupReason.NORMAL, HangupBy.REMOTE, t2),
                new CallChange.Status(id, CallStatus.RINGING, t3),
                new CallChange.Hangup(id, HangupReason.FAILED, HangupBy.LOCAL, t3));
    java.util.function.Function<UUID, List<CallChange>> later =
        id ->
            List.of(
                new CallChange.Status(id, CallStatus.RINGING, t1),
                new CallChange.RejectReason(id, "busy here"),
                new CallChange.Status(id, CallStatus.TERMINATING, t2),
                new CallChange.Status(id, CallStatus.PROGRESSING, t3),
                new CallChange.Hangup(id, HangupReason.CANCEL, HangupBy.LOCAL, t3));
    List<CallChange> batch = new java.util.ArrayList<>();
    batch.add(new CallChange.Insert(newInBatch));
    List<CallChange> first = afterCreation.apply(newInBatch.id());
    List<CallChange> second = later.apply(oldInBatch.id());
    for (int i = 0; i < Math.max(first.size(), second.size()); i++) {
      if (i < first.size()) {
        batch.add(first.get(i));
      }
      if (i < second.size()) {
        batch.add(second.get(i));
      }
    }

    calls.apply(batch);
    calls.insert(newAlone);
    afterCreation.apply(newAlone.id()).forEach(this::applyAlone);
    later.apply(oldAlone.id()).forEach(this::applyAlone);

    assertThat(withoutId(calls.find(newInBatch.id()).orElseThrow()))
        .isEqualTo(withoutId(calls.find(newAlone.id()).orElseThrow()));
    assertThat(withoutId(calls.find(oldInBatch.id()).orElseThrow()))
        .isEqualTo(withoutId(calls.find(oldAlone.id()).orElseThrow()));
    assertThat(calls.find(newInBatch.id()).orElseThrow().hangupReason())
        .isEqualTo(HangupReason.NORMAL);
  }

  private void applyAlone(CallChange change) {
    switch (change) {
      case CallChange.Insert insert -> calls.insert(insert.call());
      case CallChange.Status s -> calls.updateStatus(s.callId(), s.status(), s.at());
      case CallChange.Hangup h -> calls.hangup(h.callId(), h.reason(), h.by(), h.at());
      case CallChange.InstanceKey k ->
          calls.setProcessInstanceKey(k.callId(), k.processInstanceKey());
      case CallChange.RejectReason r -> calls.setRejectReason(r.callId(), r.reason());
    }
  }

  private static String withoutId(CallRecord record) {
    return record.toString().replace(record.id().toString(), "<id>");
  }
}
