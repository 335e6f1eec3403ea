package dev.dialtone.runtime.calls;

import static dev.dialtone.db.Tables.CALLS;
import static dev.dialtone.runtime.db.DbEnums.toDb;
import static dev.dialtone.runtime.db.Timestamps.utc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Query;

/**
 * A new call's row with the changes that followed its creation in the same batch, applied the way
 * the single statements would apply them (status forward only, first hang-up wins).
 */
final class NewCallRow {
  private final NewCall call;
  private CallStatus status;
  private Instant ringing;
  private Instant progressing;
  private Instant hangupAt;
  private Instant updated;
  private HangupReason hangupReason;
  private HangupBy hangupBy;
  private String rejectReason;
  private Long processInstanceKey;

  NewCallRow(NewCall call) {
    this.call = call;
    this.status = call.status();
    this.updated = call.createdAt();
    this.rejectReason = call.rejectReason();
  }

  void apply(CallChange change) {
    switch (change) {
      case CallChange.Status(UUID id, CallStatus next, Instant at) -> {
        if (status.rank() < next.rank()) {
          status = next;
          updated = at;
          switch (next) {
            case RINGING -> ringing = at;
            case PROGRESSING -> progressing = at;
            case HANGUP -> hangupAt = at;
            case DIALING, TERMINATING, CANCELING -> {}
          }
        }
      }
      case CallChange.Hangup(UUID id, HangupReason reason, HangupBy by, Instant at) -> {
        if (status != CallStatus.HANGUP) {
          status = CallStatus.HANGUP;
          hangupReason = reason;
          hangupBy = by;
          hangupAt = at;
          updated = at;
        }
      }
      case CallChange.InstanceKey(UUID id, long key) -> processInstanceKey = key;
      case CallChange.RejectReason(UUID id, String reason) -> rejectReason = reason;
      case CallChange.Insert ignored -> {
        // a second insert of the same call: the primary key rejects it, as it would alone
        throw new IllegalStateException("call " + call.id() + " inserted twice");
      }
    }
  }

  static Query template(DSLContext dsl) {
    return dsl.insertInto(CALLS)
        .set(CALLS.ID, (UUID) null)
        .set(CALLS.FLOW_ID, (UUID) null)
        .set(CALLS.FLOW_VERSION, (Integer) null)
        .set(CALLS.REVISION, (String) null)
        .set(CALLS.DIRECTION, (String) null)
        .set(CALLS.SOURCE, (String) null)
        .set(CALLS.DESTINATION, (String) null)
        .set(CALLS.STATUS, (String) null)
        .set(CALLS.HANGUP_REASON, (String) null)
        .set(CALLS.HANGUP_BY, (String) null)
        .set(CALLS.MASTER_CALL_ID, (UUID) null)
        .set(CALLS.REJECT_REASON, (String) null)
        .set(CALLS.PROCESS_INSTANCE_KEY, (Long) null)
        .set(CALLS.RUNTIME_INSTANCE, (String) null)
        .set(CALLS.TM_CREATE, (OffsetDateTime) null)
        .set(CALLS.TM_RINGING, (OffsetDateTime) null)
        .set(CALLS.TM_PROGRESSING, (OffsetDateTime) null)
        .set(CALLS.TM_HANGUP, (OffsetDateTime) null)
        .set(CALLS.TM_UPDATE, (OffsetDateTime) null);
  }

  Object[] bindValues(String runtimeInstance) {
    return new Object[] {
      call.id(),
      call.flowId(),
      call.flowVersion(),
      toDb(call.revision()),
      toDb(call.direction()),
      call.source(),
      call.destination(),
      toDb(status),
      toDb(hangupReason),
      toDb(hangupBy),
      call.masterCallId(),
      rejectReason,
      processInstanceKey,
      runtimeInstance,
      utc(call.createdAt()),
      utc(ringing),
      utc(progressing),
      utc(hangupAt),
      utc(updated)
    };
  }
}
