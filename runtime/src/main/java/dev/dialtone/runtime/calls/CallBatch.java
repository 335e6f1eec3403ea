package dev.dialtone.runtime.calls;

import static dev.dialtone.db.Tables.CALLS;
import static dev.dialtone.runtime.calls.CallRows.CURRENT_RANK;
import static dev.dialtone.runtime.calls.CallRows.timestampOf;
import static dev.dialtone.runtime.db.DbEnums.toDb;
import static dev.dialtone.runtime.db.Timestamps.utc;
import static org.jooq.impl.DSL.inline;

import dev.dialtone.db.tables.records.CallsRecord;
import dev.dialtone.runtime.db.RenderedBatch;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.TableField;
import org.jooq.UpdateSetMoreStep;

/**
 * The call journal's writes: many changes, one prepared statement per kind of change, each a JDBC
 * batch. Every statement means what {@link CallRepository}'s single-change method of the same name
 * means (forward-only status, first hang-up wins).
 */
final class CallBatch {

  private final DSLContext dsl;
  private final String runtimeInstance;
  private final RenderedBatch batches = new RenderedBatch();

  CallBatch(DSLContext dsl, String runtimeInstance) {
    this.dsl = dsl;
    this.runtimeInstance = runtimeInstance;
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
    Map<UUID, NewCallRow> inserted = new LinkedHashMap<>();
    Map<UUID, Integer> changesPerCall = new HashMap<>();
    List<Map<Object, List<CallChange>>> rounds = new ArrayList<>();
    for (CallChange change : changes) {
      NewCallRow row = inserted.get(change.callId());
      if (row != null) {
        row.apply(change);
        continue;
      }
      if (change instanceof CallChange.Insert insert
          && !changesPerCall.containsKey(change.callId())) {
        inserted.put(change.callId(), new NewCallRow(insert.call()));
        continue;
      }
      int round = changesPerCall.merge(change.callId(), 1, Integer::sum) - 1;
      if (round == rounds.size()) {
        rounds.add(new LinkedHashMap<>());
      }
      rounds.get(round).computeIfAbsent(change.kind(), kind -> new ArrayList<>()).add(change);
    }
    if (!inserted.isEmpty()) {
      batches.execute(
          dsl,
          NewCallRow.class,
          () -> NewCallRow.template(dsl),
          inserted.values().stream().map(row -> row.bindValues(runtimeInstance)).toList());
    }
    for (Map<Object, List<CallChange>> round : rounds) {
      for (List<CallChange> sameKind : round.values()) {
        CallChange first = sameKind.getFirst();
        batches.execute(
            dsl,
            first.kind(),
            () -> template(first),
            sameKind.stream().map(this::bindValues).toList());
      }
    }
  }

  /** The statement for a kind of change, with a bind placeholder wherever a change's value goes. */
  private Query template(CallChange change) {
    return switch (change) {
      // an insert that follows other changes of its call in a batch: a new row with nothing folded
      case CallChange.Insert ignored -> NewCallRow.template(dsl);
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
      case CallChange.Insert(NewCall call) -> new NewCallRow(call).bindValues(runtimeInstance);
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
}
