package dev.dialtone.runtime.calls;

import static dev.dialtone.db.Tables.CALLS;
import static dev.dialtone.runtime.db.DbEnums.fromDb;
import static dev.dialtone.runtime.db.DbEnums.toDb;
import static dev.dialtone.runtime.db.Timestamps.instant;
import static org.jooq.impl.DSL.inline;

import dev.dialtone.db.tables.records.CallsRecord;
import java.time.OffsetDateTime;
import org.jooq.CaseWhenStep;
import org.jooq.Field;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/** Between rows of {@code calls} and call records: the mapping and the status columns' meaning. */
final class CallRows {

  /**
   * The stored status's rank, as SQL: the database compares ranks, so no read precedes the write.
   */
  static final Field<Integer> CURRENT_RANK = currentRank();

  private CallRows() {}

  /** The column stamped when a call reaches {@code status}; null for stages without one. */
  static TableField<CallsRecord, OffsetDateTime> timestampOf(CallStatus status) {
    return switch (status) {
      case RINGING -> CALLS.TM_RINGING;
      case PROGRESSING -> CALLS.TM_PROGRESSING;
      case HANGUP -> CALLS.TM_HANGUP;
      case DIALING, TERMINATING, CANCELING -> null;
    };
  }

  static CallRecord toCallRecord(CallsRecord r) {
    return new CallRecord(
        r.getId(),
        r.getFlowId(),
        r.getFlowVersion(),
        fromDb(CallRevision.class, r.getRevision()),
        fromDb(CallDirection.class, r.getDirection()),
        r.getSource(),
        r.getDestination(),
        fromDb(CallStatus.class, r.getStatus()),
        fromDb(HangupReason.class, r.getHangupReason()),
        fromDb(HangupBy.class, r.getHangupBy()),
        r.getRejectReason(),
        r.getMasterCallId(),
        r.getProcessInstanceKey(),
        instant(r.getTmCreate()),
        instant(r.getTmRinging()),
        instant(r.getTmProgressing()),
        instant(r.getTmHangup()),
        instant(r.getTmUpdate()));
  }

  private static Field<Integer> currentRank() {
    CaseWhenStep<String, Integer> ranks = null;
    for (CallStatus status : CallStatus.values()) {
      ranks =
          ranks == null
              ? DSL.case_(CALLS.STATUS).when(inline(toDb(status)), inline(status.rank()))
              : ranks.when(inline(toDb(status)), inline(status.rank()));
    }
    // an unknown stored status must never be overwritten by accident
    return ranks.else_(inline(Integer.MAX_VALUE));
  }
}
