package dev.dialtone.runtime.calls;

import static dev.dialtone.db.Tables.CALLS;
import static dev.dialtone.runtime.db.DbEnums.fromDb;
import static dev.dialtone.runtime.db.DbEnums.toDb;
import static dev.dialtone.runtime.db.Timestamps.instant;
import static dev.dialtone.runtime.db.Timestamps.utc;
import static org.jooq.impl.DSL.inline;

import dev.dialtone.db.tables.records.CallsRecord;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.CaseWhenStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.TableField;
import org.jooq.UpdateSetMoreStep;
import org.jooq.impl.DSL;

/**
 * Call records and their lifecycle. Status changes are forward-only and decided inside the UPDATE
 * itself, so late or duplicated telephony events (a "ringing" after the hang-up) can never move a
 * call backwards, however the writes interleave.
 */
public class CallRepository {

  /**
   * The stored status's rank, as SQL: the database compares ranks, so no read precedes the write.
   */
  private static final Field<Integer> CURRENT_RANK = currentRank();

  private final DSLContext dsl;

  public CallRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  public void insert(NewCall call) {
    dsl.insertInto(CALLS)
        .set(CALLS.ID, call.id())
        .set(CALLS.FLOW_ID, call.flowId())
        .set(CALLS.FLOW_VERSION, call.flowVersion())
        .set(CALLS.REVISION, toDb(call.revision()))
        .set(CALLS.DIRECTION, toDb(call.direction()))
        .set(CALLS.SOURCE, call.source())
        .set(CALLS.DESTINATION, call.destination())
        .set(CALLS.STATUS, toDb(call.status()))
        .set(CALLS.MASTER_CALL_ID, call.masterCallId())
        .set(CALLS.REJECT_REASON, call.rejectReason())
        .set(CALLS.TM_CREATE, utc(call.createdAt()))
        .set(CALLS.TM_UPDATE, utc(call.createdAt()))
        .execute();
  }

  /**
   * Moves a call forward to {@code status}, stamping the matching {@code tm_*} column.
   *
   * @return false if the call is unknown or already at or past that stage (the update is ignored)
   */
  public boolean updateStatus(UUID callId, CallStatus status, Instant at) {
    UpdateSetMoreStep<CallsRecord> update =
        dsl.update(CALLS).set(CALLS.STATUS, toDb(status)).set(CALLS.TM_UPDATE, utc(at));
    TableField<CallsRecord, OffsetDateTime> stamp = timestampOf(status);
    if (stamp != null) {
      update = update.set(stamp, utc(at));
    }
    return update.where(CALLS.ID.eq(callId).and(CURRENT_RANK.lt(inline(status.rank())))).execute()
        == 1;
  }

  /** Ends a call. Only the first hang-up counts: its reason and side are the ones kept. */
  public boolean hangup(UUID callId, HangupReason reason, HangupBy by, Instant at) {
    return dsl.update(CALLS)
            .set(CALLS.STATUS, toDb(CallStatus.HANGUP))
            .set(CALLS.HANGUP_REASON, toDb(reason))
            .set(CALLS.HANGUP_BY, toDb(by))
            .set(CALLS.TM_HANGUP, utc(at))
            .set(CALLS.TM_UPDATE, utc(at))
            .where(CALLS.ID.eq(callId).and(CALLS.STATUS.ne(toDb(CallStatus.HANGUP))))
            .execute()
        == 1;
  }

  /** Links the record to its Zeebe process instance, known only after the instance was created. */
  public boolean setProcessInstanceKey(UUID callId, long processInstanceKey) {
    return dsl.update(CALLS)
            .set(CALLS.PROCESS_INSTANCE_KEY, processInstanceKey)
            .where(CALLS.ID.eq(callId))
            .execute()
        == 1;
  }

  /** Records why a call could not be routed, when that is found out after the call was inserted. */
  public boolean setRejectReason(UUID callId, String reason) {
    return dsl.update(CALLS).set(CALLS.REJECT_REASON, reason).where(CALLS.ID.eq(callId)).execute()
        == 1;
  }

  public Optional<CallRecord> find(UUID callId) {
    return dsl.selectFrom(CALLS)
        .where(CALLS.ID.eq(callId))
        .fetchOptional(CallRepository::toCallRecord);
  }

  /** Newest first, at most {@link CallFilter#limit()} rows. */
  public List<CallRecord> list(CallFilter filter) {
    List<Condition> conditions = new ArrayList<>();
    if (filter.destination() != null) {
      conditions.add(CALLS.DESTINATION.eq(filter.destination()));
    }
    if (filter.flowId() != null) {
      conditions.add(CALLS.FLOW_ID.eq(filter.flowId()));
    }
    if (filter.status() != null) {
      conditions.add(CALLS.STATUS.eq(toDb(filter.status())));
    }
    if (filter.createdBefore() != null) {
      conditions.add(CALLS.TM_CREATE.lt(utc(filter.createdBefore())));
    }
    return dsl.selectFrom(CALLS)
        .where(conditions)
        .orderBy(CALLS.TM_CREATE.desc(), CALLS.ID.desc())
        .limit(filter.limit())
        .fetch(CallRepository::toCallRecord);
  }

  /** The legs chained to a master call, which end when the master hangs up. */
  public List<CallRecord> chainedTo(UUID masterCallId) {
    return dsl.selectFrom(CALLS)
        .where(CALLS.MASTER_CALL_ID.eq(masterCallId))
        .orderBy(CALLS.TM_CREATE, CALLS.ID)
        .fetch(CallRepository::toCallRecord);
  }

  private static TableField<CallsRecord, OffsetDateTime> timestampOf(CallStatus status) {
    return switch (status) {
      case RINGING -> CALLS.TM_RINGING;
      case PROGRESSING -> CALLS.TM_PROGRESSING;
      case HANGUP -> CALLS.TM_HANGUP;
      case DIALING, TERMINATING, CANCELING -> null;
    };
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

  private static CallRecord toCallRecord(CallsRecord r) {
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
}
