package dev.dialtone.runtime.webhooks;

import static dev.dialtone.db.Tables.WEBHOOK_ATTEMPTS;
import static dev.dialtone.db.Tables.WEBHOOK_OUTBOX;
import static dev.dialtone.runtime.db.DbEnums.fromDb;
import static dev.dialtone.runtime.db.DbEnums.toDb;
import static dev.dialtone.runtime.db.Timestamps.instant;
import static dev.dialtone.runtime.db.Timestamps.utc;

import dev.dialtone.db.tables.records.WebhookOutboxRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

/** The webhook outbox and its attempts: everything the delivery worker knows lives here. */
public class OutboxRepository {

  private static final int MAX_ERROR = 512;

  private final DSLContext dsl;

  public OutboxRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** Enqueues rows in one batched statement; the caller's transaction decides whether they stay. */
  void enqueue(List<NewOutboxRow> rows) {
    if (rows.isEmpty()) {
      return;
    }
    BatchBindStep batch =
        dsl.batch(
            dsl.insertInto(
                    WEBHOOK_OUTBOX,
                    WEBHOOK_OUTBOX.CALL_ID,
                    WEBHOOK_OUTBOX.EVENT,
                    WEBHOOK_OUTBOX.SCOPE,
                    WEBHOOK_OUTBOX.URL,
                    WEBHOOK_OUTBOX.BODY,
                    WEBHOOK_OUTBOX.STATUS,
                    WEBHOOK_OUTBOX.ATTEMPTS,
                    WEBHOOK_OUTBOX.NEXT_ATTEMPT_AT,
                    WEBHOOK_OUTBOX.CREATED_AT)
                .values((UUID) null, null, null, null, null, null, null, null, null));
    for (NewOutboxRow row : rows) {
      batch =
          batch.bind(
              row.callId(),
              row.event().wireName(),
              row.scope(),
              row.url(),
              row.body(),
              toDb(DeliveryStatus.PENDING),
              0,
              utc(row.at()),
              utc(row.at()));
    }
    batch.execute();
  }

  /**
   * Rows due now, oldest first, each the oldest pending row of its call: a call's events go out in
   * order, and one receiver's backlog never hides other calls' due events.
   */
  List<OutboxEntry> due(Instant now, int limit) {
    var earlier = WEBHOOK_OUTBOX.as("earlier");
    return dsl.selectFrom(WEBHOOK_OUTBOX)
        .where(WEBHOOK_OUTBOX.STATUS.eq(toDb(DeliveryStatus.PENDING)))
        .and(WEBHOOK_OUTBOX.NEXT_ATTEMPT_AT.le(utc(now)))
        .andNotExists(
            dsl.selectOne()
                .from(earlier)
                .where(earlier.CALL_ID.eq(WEBHOOK_OUTBOX.CALL_ID))
                .and(earlier.STATUS.eq(toDb(DeliveryStatus.PENDING)))
                .and(earlier.ID.lt(WEBHOOK_OUTBOX.ID)))
        .orderBy(WEBHOOK_OUTBOX.ID)
        .limit(limit)
        .fetch(r -> toEntry(r, List.of()));
  }

  /**
   * Takes a due row for one delivery: moves its next attempt to {@code until}, so that another
   * worker (another runtime instance) leaves it alone meanwhile.
   *
   * @return false if someone else took it first
   */
  boolean claim(OutboxEntry entry, Instant until) {
    return dsl.update(WEBHOOK_OUTBOX)
            .set(WEBHOOK_OUTBOX.NEXT_ATTEMPT_AT, utc(until))
            .where(WEBHOOK_OUTBOX.ID.eq(entry.id()))
            .and(WEBHOOK_OUTBOX.STATUS.eq(toDb(DeliveryStatus.PENDING)))
            .and(WEBHOOK_OUTBOX.NEXT_ATTEMPT_AT.eq(utc(entry.nextAttemptAt())))
            .execute()
        == 1;
  }

  /** Records an attempt and the row's new state in one transaction. */
  void recordAttempt(
      long outboxId, DeliveryAttempt attempt, DeliveryStatus status, Instant nextAttemptAt) {
    dsl.transaction(
        tx -> {
          DSLContext t = tx.dsl();
          t.insertInto(WEBHOOK_ATTEMPTS)
              .set(WEBHOOK_ATTEMPTS.OUTBOX_ID, outboxId)
              .set(WEBHOOK_ATTEMPTS.ATTEMPT, attempt.attempt())
              .set(WEBHOOK_ATTEMPTS.AT, utc(attempt.at()))
              .set(WEBHOOK_ATTEMPTS.STATUS_CODE, attempt.statusCode())
              .set(WEBHOOK_ATTEMPTS.ERROR, truncate(attempt.error()))
              .execute();
          t.update(WEBHOOK_OUTBOX)
              .set(WEBHOOK_OUTBOX.STATUS, toDb(status))
              .set(WEBHOOK_OUTBOX.ATTEMPTS, attempt.attempt())
              .set(WEBHOOK_OUTBOX.NEXT_ATTEMPT_AT, utc(nextAttemptAt))
              .where(WEBHOOK_OUTBOX.ID.eq(outboxId))
              .execute();
        });
  }

  /** A call's events in the order they happened, each with its attempts. */
  public List<OutboxEntry> forCall(UUID callId) {
    List<WebhookOutboxRecord> rows =
        dsl.selectFrom(WEBHOOK_OUTBOX)
            .where(WEBHOOK_OUTBOX.CALL_ID.eq(callId))
            .orderBy(WEBHOOK_OUTBOX.ID)
            .fetch();
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<Long, List<DeliveryAttempt>> attempts =
        dsl
            .selectFrom(WEBHOOK_ATTEMPTS)
            .where(WEBHOOK_ATTEMPTS.OUTBOX_ID.in(rows.stream().map(r -> r.getId()).toList()))
            .orderBy(WEBHOOK_ATTEMPTS.OUTBOX_ID, WEBHOOK_ATTEMPTS.ATTEMPT)
            .fetch()
            .stream()
            .collect(
                Collectors.groupingBy(
                    a -> a.getOutboxId(),
                    Collectors.mapping(
                        a ->
                            new DeliveryAttempt(
                                a.getAttempt(),
                                instant(a.getAt()),
                                a.getStatusCode(),
                                a.getError()),
                        Collectors.toList())));
    return rows.stream().map(r -> toEntry(r, attempts.getOrDefault(r.getId(), List.of()))).toList();
  }

  private static OutboxEntry toEntry(WebhookOutboxRecord r, List<DeliveryAttempt> history) {
    return new OutboxEntry(
        r.getId(),
        r.getCallId(),
        fromDb(WebhookEvent.class, r.getEvent()),
        r.getScope(),
        r.getUrl(),
        r.getBody(),
        fromDb(DeliveryStatus.class, r.getStatus()),
        r.getAttempts(),
        instant(r.getNextAttemptAt()),
        instant(r.getCreatedAt()),
        history);
  }

  private static String truncate(String error) {
    return error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
  }
}
