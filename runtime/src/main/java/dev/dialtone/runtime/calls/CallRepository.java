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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.BatchBindStep;
import org.jooq.CaseWhenStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
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
  private final String runtimeInstance;

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

  /**
   * Applies many changes with one prepared statement per kind of change, each a JDBC batch: what
   * the call journal writes under load. A call's changes keep their order (the k-th change of every
   * call is applied before any call's (k+1)-th); changes to different calls touch different rows,
   * so their relative order does not matter. Each statement means what the single-change method of
   * the same name means (forward-only status, first hang-up wins).
   */
  void apply(List<CallChange> changes) {
    // A call inserted in this batch takes its later changes into the insert: one statement.
    Map<UUID, NewRow> inserted = new LinkedHashMap<>();
    Map<UUID, Integer> changesPerCall = new HashMap<>();
    List<Map<Object, List<CallChange>>> rounds = new ArrayList<>();
    for (CallChange change : changes) {
      NewRow row = inserted.get(change.callId());
      if (row != null) {
        row.apply(change);
        continue;
      }
      if (change instanceof CallChange.Insert insert
          && !changesPerCall.containsKey(change.callId())) {
        inserted.put(change.callId(), new NewRow(insert.call()));
        continue;
      }
      int round = changesPerCall.merge(change.callId(), 1, Integer::sum) - 1;
      if (round == rounds.size()) {
        rounds.add(new LinkedHashMap<>());
      }
      rounds.get(round).computeIfAbsent(change.kind(), kind -> new ArrayList<>()).add(change);
    }
    if (!inserted.isEmpty()) {
      BatchBindStep batch = dsl.batch(NewRow.template(dsl));
      for (NewRow row : inserted.values()) {
        batch = batch.bind(row.bindValues(runtimeInstance));
      }
      batch.execute();
    }
    for (Map<Object, List<CallChange>> round : rounds) {
      for (List<CallChange> sameKind : round.values()) {
        BatchBindStep batch = dsl.batch(template(sameKind.getFirst()));
        for (CallChange change : sameKind) {
          batch = batch.bind(bindValues(change));
        }
        batch.execute();
      }
    }
  }

  /**
   * A new call's row with the changes that followed its creation in the same batch, applied the way
   * the single statements would apply them (status forward only, first hang-up wins).
   */
  private static final class NewRow {
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

    NewRow(NewCall call) {
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

  /** The statement for a kind of change, with a bind placeholder wherever a change's value goes. */
  private Query template(CallChange change) {
    return switch (change) {
      // an insert that follows other changes of its call in a batch: a new row with nothing folded
      case CallChange.Insert ignored -> NewRow.template(dsl);
      case CallChange.Status status -> {
        UpdateSetMoreStep<CallsRecord> update =
            dsl.update(CALLS)
                .set(CALLS.STATUS, inline(toDb(status.status())))
                .set(CALLS.TM_UPDATE, (OffsetDateTime) null);
        TableField<CallsRecord, OffsetDateTime> stamp = timestampOf(status.status());
        if (stamp != null) {
          update = update.set(stamp, (OffsetDateTime) null);
        }
        yield update.where(
            CALLS.ID.eq((UUID) null).and(CURRENT_RANK.lt(inline(status.status().rank()))));
      }
      case CallChange.Hangup ignored ->
          dsl.update(CALLS)
              .set(CALLS.STATUS, inline(toDb(CallStatus.HANGUP)))
              .set(CALLS.HANGUP_REASON, (String) null)
              .set(CALLS.HANGUP_BY, (String) null)
              .set(CALLS.TM_HANGUP, (OffsetDateTime) null)
              .set(CALLS.TM_UPDATE, (OffsetDateTime) null)
              .where(
                  CALLS.ID.eq((UUID) null).and(CALLS.STATUS.ne(inline(toDb(CallStatus.HANGUP)))));
      case CallChange.InstanceKey ignored ->
          dsl.update(CALLS)
              .set(CALLS.PROCESS_INSTANCE_KEY, (Long) null)
              .where(CALLS.ID.eq((UUID) null));
      case CallChange.RejectReason ignored ->
          dsl.update(CALLS).set(CALLS.REJECT_REASON, (String) null).where(CALLS.ID.eq((UUID) null));
    };
  }

  /** A change's values, in the order of its {@link #template}'s placeholders. */
  private Object[] bindValues(CallChange change) {
    return switch (change) {
      case CallChange.Insert(NewCall call) -> new NewRow(call).bindValues(runtimeInstance);
      case CallChange.Status status ->
          timestampOf(status.status()) == null
              ? new Object[] {utc(status.at()), status.callId()}
              : new Object[] {utc(status.at()), utc(status.at()), status.callId()};
      case CallChange.Hangup hangup ->
          new Object[] {
            toDb(hangup.reason()),
            toDb(hangup.by()),
            utc(hangup.at()),
            utc(hangup.at()),
            hangup.callId()
          };
      case CallChange.InstanceKey key -> new Object[] {key.processInstanceKey(), key.callId()};
      case CallChange.RejectReason reject -> new Object[] {reject.reason(), reject.callId()};
    };
  }

  public Optional<CallRecord> find(UUID callId) {
    return dsl.selectFrom(CALLS)
        .where(CALLS.ID.eq(callId))
        .fetchOptional(CallRepository::toCallRecord);
  }

  /** The records of these calls, in no particular order; unknown ids are left out. */
  public List<CallRecord> findAll(java.util.Collection<UUID> callIds) {
    if (callIds.isEmpty()) {
      return List.of();
    }
    return dsl.selectFrom(CALLS).where(CALLS.ID.in(callIds)).fetch(CallRepository::toCallRecord);
  }

  /** Newest first, at most {@link CallFilter#limit()} rows; see {@link CallList}. */
  public List<CallRecord> list(CallFilter filter) {
    return new CallList(dsl).page(filter).stream().map(CallRepository::toCallRecord).toList();
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
