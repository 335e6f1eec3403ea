package dev.dialtone.runtime.calls;

import static dev.dialtone.db.Tables.CALL_EVENTS;
import static dev.dialtone.db.Tables.CALL_STEPS;
import static dev.dialtone.runtime.db.DbEnums.fromDb;
import static dev.dialtone.runtime.db.DbEnums.toDb;
import static dev.dialtone.runtime.db.Timestamps.instant;
import static dev.dialtone.runtime.db.Timestamps.utc;

import dev.dialtone.runtime.db.Attempts;
import dev.dialtone.runtime.db.RenderedBatch;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.UpdateConditionStep;
import org.jooq.impl.DSL;

/**
 * A call's transcript (events: what was said, played, typed) and trace (steps: which node ran when,
 * with what outcome), each numbered 1, 2, … per call by {@code seq}.
 *
 * <p>Two ways to number, and one call must use only one of them:
 *
 * <ul>
 *   <li>{@code appendEvent}/{@code appendStep} let the database pick {@code max(seq) + 1}; safe
 *       from any runtime, but one round trip each, so best kept off the call's critical path.
 *   <li>{@code appendEvents}/{@code appendSteps} take the caller's {@code seq}, for a writer that
 *       batches many calls' lines off the critical path. The caller numbers with a counter on the
 *       call leg (e.g. an AtomicInteger): correct because every write for one call comes from the
 *       one runtime holding that leg. A duplicate {@code seq} fails the batch.
 * </ul>
 *
 * The call record must exist first: both tables reference it and are deleted with it.
 */
public class CallTraceRepository {

  /**
   * Concurrent writers for one call (a worker and the hang-up handler, say) can pick the same
   * {@code seq}; the primary key rejects the loser, which picks again.
   */
  private static final int APPEND_ATTEMPTS = 3;

  private final DSLContext dsl;
  private final RenderedBatch batches = new RenderedBatch();

  public CallTraceRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  /**
   * @return the {@code seq} the database assigned
   */
  public int appendEvent(
      UUID callId, Instant at, CallEventType type, String nodeId, String content) {
    return Attempts.retryOnUniqueViolation(
        dsl,
        APPEND_ATTEMPTS,
        tx -> {
          int seq = nextSeq(tx.dsl(), CALL_EVENTS, CALL_EVENTS.CALL_ID, CALL_EVENTS.SEQ, callId);
          insertEvents(tx.dsl(), List.of(new CallEvent(callId, seq, at, type, nodeId, content)));
          return seq;
        });
  }

  /** Stores caller-numbered events, all or none. */
  public void appendEvents(List<CallEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    dsl.transaction(tx -> insertEvents(tx.dsl(), events));
  }

  public List<CallEvent> events(UUID callId) {
    return dsl.selectFrom(CALL_EVENTS)
        .where(CALL_EVENTS.CALL_ID.eq(callId))
        .orderBy(CALL_EVENTS.SEQ)
        .fetch(
            r ->
                new CallEvent(
                    r.getCallId(),
                    r.getSeq(),
                    instant(r.getAt()),
                    fromDb(CallEventType.class, r.getType()),
                    r.getNodeId(),
                    r.getContent()));
  }

  /**
   * Records that a node started; finish it with {@link #finishStep}. @return the assigned {@code
   * seq}
   */
  public int appendStep(UUID callId, String nodeId, String nodeType, Instant startedAt) {
    return Attempts.retryOnUniqueViolation(
        dsl,
        APPEND_ATTEMPTS,
        tx -> {
          int seq = nextSeq(tx.dsl(), CALL_STEPS, CALL_STEPS.CALL_ID, CALL_STEPS.SEQ, callId);
          insertSteps(
              tx.dsl(),
              List.of(new CallStep(callId, seq, nodeId, nodeType, startedAt, null, null)));
          return seq;
        });
  }

  /** Stores caller-numbered steps, all or none; a step may arrive already finished. */
  public void appendSteps(List<CallStep> steps) {
    if (steps.isEmpty()) {
      return;
    }
    dsl.transaction(tx -> insertSteps(tx.dsl(), steps));
  }

  /**
   * @return false if there is no such step or it was already finished (the first end is kept)
   */
  public boolean finishStep(UUID callId, int seq, Instant endedAt, String outcome) {
    return finishQuery(dsl, new StepEnd(callId, seq, endedAt, outcome)).execute() == 1;
  }

  /** Finishes many steps in one JDBC batch. @return how many were finished */
  public int finishSteps(List<StepEnd> ends) {
    if (ends.isEmpty()) {
      return 0;
    }
    int[] counts =
        batches.execute(
            dsl,
            StepEnd.class,
            () ->
                dsl.update(CALL_STEPS)
                    .set(CALL_STEPS.ENDED_AT, (OffsetDateTime) null)
                    .set(CALL_STEPS.OUTCOME, (String) null)
                    .where(CALL_STEPS.CALL_ID.eq((UUID) null))
                    .and(CALL_STEPS.SEQ.eq((Integer) null))
                    .and(CALL_STEPS.ENDED_AT.isNull()),
            ends.stream()
                .map(
                    end ->
                        new Object[] {utc(end.endedAt()), end.outcome(), end.callId(), end.seq()})
                .toList());
    int finished = 0;
    for (int count : counts) {
      finished += Math.max(count, 0);
    }
    return finished;
  }

  public List<CallStep> steps(UUID callId) {
    return dsl.selectFrom(CALL_STEPS)
        .where(CALL_STEPS.CALL_ID.eq(callId))
        .orderBy(CALL_STEPS.SEQ)
        .fetch(
            r ->
                new CallStep(
                    r.getCallId(),
                    r.getSeq(),
                    r.getNodeId(),
                    r.getNodeType(),
                    instant(r.getStartedAt()),
                    instant(r.getEndedAt()),
                    r.getOutcome()));
  }

  private static int nextSeq(
      DSLContext dsl, Table<?> table, Field<UUID> callIdField, Field<Integer> seq, UUID id) {
    return dsl.select(DSL.coalesce(DSL.max(seq), 0).plus(1))
        .from(table)
        .where(callIdField.eq(id))
        .fetchSingle()
        .value1();
  }

  // One prepared statement, bound once per row: parsed once, however many rows.
  private void insertEvents(DSLContext dsl, List<CallEvent> events) {
    batches.execute(
        dsl,
        CALL_EVENTS,
        () ->
            dsl.insertInto(
                    CALL_EVENTS,
                    CALL_EVENTS.CALL_ID,
                    CALL_EVENTS.SEQ,
                    CALL_EVENTS.AT,
                    CALL_EVENTS.TYPE,
                    CALL_EVENTS.NODE_ID,
                    CALL_EVENTS.CONTENT)
                .values((UUID) null, null, null, null, null, null),
        events.stream()
            .map(
                e ->
                    new Object[] {
                      e.callId(), e.seq(), utc(e.at()), toDb(e.type()), e.nodeId(), e.content()
                    })
            .toList());
  }

  private void insertSteps(DSLContext dsl, List<CallStep> steps) {
    batches.execute(
        dsl,
        CALL_STEPS,
        () ->
            dsl.insertInto(
                    CALL_STEPS,
                    CALL_STEPS.CALL_ID,
                    CALL_STEPS.SEQ,
                    CALL_STEPS.NODE_ID,
                    CALL_STEPS.NODE_TYPE,
                    CALL_STEPS.STARTED_AT,
                    CALL_STEPS.ENDED_AT,
                    CALL_STEPS.OUTCOME)
                .values((UUID) null, null, null, null, null, null, null),
        steps.stream()
            .map(
                s ->
                    new Object[] {
                      s.callId(),
                      s.seq(),
                      s.nodeId(),
                      s.nodeType(),
                      utc(s.startedAt()),
                      utc(s.endedAt()),
                      s.outcome()
                    })
            .toList());
  }

  private static UpdateConditionStep<?> finishQuery(DSLContext dsl, StepEnd end) {
    return dsl.update(CALL_STEPS)
        .set(CALL_STEPS.ENDED_AT, utc(end.endedAt()))
        .set(CALL_STEPS.OUTCOME, end.outcome())
        .where(CALL_STEPS.CALL_ID.eq(end.callId()))
        .and(CALL_STEPS.SEQ.eq(end.seq()))
        .and(CALL_STEPS.ENDED_AT.isNull());
  }
}
