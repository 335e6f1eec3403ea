package dev.dialtone.runtime.calls;

import static dev.dialtone.db.Tables.CALLS;
import static dev.dialtone.runtime.calls.CallRows.CURRENT_RANK;
import static dev.dialtone.runtime.calls.CallRows.timestampOf;
import static dev.dialtone.runtime.db.DbEnums.toDb;
import static dev.dialtone.runtime.db.Timestamps.utc;
import static org.jooq.impl.DSL.inline;

import dev.dialtone.db.tables.records.CallsRecord;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.TableField;
import org.jooq.UpdateSetMoreStep;

/**
 * Call records and their lifecycle. Status changes are forward-only and decided inside the UPDATE
 * itself, so late or duplicated telephony events (a "ringing" after the hang-up) can never move a
 * call backwards, however the writes interleave.
 */
public class CallRepository {

  private final DSLContext dsl;
  private final String runtimeInstance;
  private final CallBatch batch;

  /** Records calls that no runtime instance holds (tools and tests). */
  public CallRepository(DSLContext dsl) {
    this(dsl, null);
  }

  /**
   * Records calls held by {@code runtimeInstance}: if it stops or dies, the calls it left open are
   * found by this name and closed.
   */
  public CallRepository(DSLContext dsl, String runtimeInstance) {
    this.dsl = dsl;
    this.runtimeInstance = runtimeInstance;
    this.batch = new CallBatch(dsl, runtimeInstance);
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
        .set(CALLS.RUNTIME_INSTANCE, runtimeInstance)
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

  /**
   * Applies many changes with one prepared statement per kind of change: what the call journal
   * writes under load (see {@link CallBatch}). A call's changes keep their order.
   */
  void apply(List<CallChange> changes) {
    batch.apply(changes);
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
    return dsl.selectFrom(CALLS).where(CALLS.ID.eq(callId)).fetchOptional(CallRows::toCallRecord);
  }

  /** The records of these calls, in no particular order; unknown ids are left out. */
  public List<CallRecord> findAll(Collection<UUID> callIds) {
    if (callIds.isEmpty()) {
      return List.of();
    }
    return dsl.selectFrom(CALLS).where(CALLS.ID.in(callIds)).fetch(CallRows::toCallRecord);
  }

  /** Newest first, at most {@link CallFilter#limit()} rows; see {@link CallList}. */
  public List<CallRecord> list(CallFilter filter) {
    return page(filter).calls();
  }

  /** A page of the list and where the next one starts; see {@link CallList}. */
  public CallPage page(CallFilter filter) {
    return new CallList(dsl).page(filter);
  }

  /** The legs chained to any of these calls, oldest first: one read for a page of masters. */
  public List<CallRecord> chainedToAny(Collection<UUID> masterCallIds) {
    if (masterCallIds.isEmpty()) {
      return List.of();
    }
    return dsl.selectFrom(CALLS)
        .where(CALLS.MASTER_CALL_ID.in(masterCallIds))
        .orderBy(CALLS.TM_CREATE, CALLS.ID)
        .fetch(CallRows::toCallRecord);
  }

  /** The legs chained to a master call, which end when the master hangs up. */
  public List<CallRecord> chainedTo(UUID masterCallId) {
    return dsl.selectFrom(CALLS)
        .where(CALLS.MASTER_CALL_ID.eq(masterCallId))
        .orderBy(CALLS.TM_CREATE, CALLS.ID)
        .fetch(CallRows::toCallRecord);
  }
}
