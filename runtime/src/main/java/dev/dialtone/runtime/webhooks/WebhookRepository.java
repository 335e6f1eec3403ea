package dev.dialtone.runtime.webhooks;

import static dev.dialtone.db.Tables.WEBHOOKS;
import static dev.dialtone.runtime.db.Timestamps.instant;
import static dev.dialtone.runtime.db.Timestamps.utc;

import dev.dialtone.db.tables.records.WebhooksRecord;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.DSLContext;

/** The configured webhooks: one per scope. */
public class WebhookRepository {

  /**
   * How long a read of all webhooks is reused. The journal asks for them in every batch that
   * changes calls (dozens a second under load, almost always to find none); a change made here
   * applies at once, one made by another runtime instance on the same database within this time.
   */
  private static final long FRESHNESS_NANOS = TimeUnit.SECONDS.toNanos(1);

  private record Snapshot(List<Webhook> webhooks, long readAt, long generation) {}

  private final DSLContext dsl;
  private volatile Snapshot snapshot;

  /**
   * Counts the changes made here; a read started before a change is not reused after it, even when
   * it is stored after it.
   */
  private final AtomicLong generation = new AtomicLong();

  public WebhookRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** Creates or replaces the scope's webhook. */
  public void put(Webhook webhook) {
    dsl.mergeInto(WEBHOOKS)
        .using(dsl.selectOne())
        .on(WEBHOOKS.SCOPE.eq(webhook.scope()))
        .whenMatchedThenUpdate()
        .set(WEBHOOKS.URL, webhook.url())
        .set(WEBHOOKS.SECRET, webhook.secret())
        .set(WEBHOOKS.UPDATED_AT, utc(webhook.updatedAt()))
        .whenNotMatchedThenInsert(
            WEBHOOKS.SCOPE, WEBHOOKS.URL, WEBHOOKS.SECRET, WEBHOOKS.UPDATED_AT)
        .values(webhook.scope(), webhook.url(), webhook.secret(), utc(webhook.updatedAt()))
        .execute();
    generation.incrementAndGet();
  }

  public boolean delete(String scope) {
    boolean deleted = dsl.deleteFrom(WEBHOOKS).where(WEBHOOKS.SCOPE.eq(scope)).execute() == 1;
    generation.incrementAndGet();
    return deleted;
  }

  public Optional<Webhook> find(String scope) {
    return dsl.selectFrom(WEBHOOKS)
        .where(WEBHOOKS.SCOPE.eq(scope))
        .fetchOptional(WebhookRepository::toWebhook);
  }

  /** All of them: a handful of rows, read again at most once a second (see above). */
  public List<Webhook> all() {
    long now = System.nanoTime();
    long current = generation.get();
    Snapshot known = snapshot;
    if (known != null && known.generation() == current && now - known.readAt() < FRESHNESS_NANOS) {
      return known.webhooks();
    }
    List<Webhook> read = List.copyOf(dsl.selectFrom(WEBHOOKS).fetch(WebhookRepository::toWebhook));
    snapshot = new Snapshot(read, now, current);
    return read;
  }

  private static Webhook toWebhook(WebhooksRecord r) {
    return new Webhook(r.getScope(), r.getUrl(), r.getSecret(), instant(r.getUpdatedAt()));
  }
}
