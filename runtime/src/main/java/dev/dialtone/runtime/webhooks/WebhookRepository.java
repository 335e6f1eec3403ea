package dev.dialtone.runtime.webhooks;

import static dev.dialtone.db.Tables.WEBHOOKS;
import static dev.dialtone.runtime.db.Timestamps.instant;
import static dev.dialtone.runtime.db.Timestamps.utc;

import dev.dialtone.db.tables.records.WebhooksRecord;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** The configured webhooks: one per scope. */
public class WebhookRepository {

  private final DSLContext dsl;

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
  }

  public boolean delete(String scope) {
    return dsl.deleteFrom(WEBHOOKS).where(WEBHOOKS.SCOPE.eq(scope)).execute() == 1;
  }

  public Optional<Webhook> find(String scope) {
    return dsl.selectFrom(WEBHOOKS)
        .where(WEBHOOKS.SCOPE.eq(scope))
        .fetchOptional(WebhookRepository::toWebhook);
  }

  /** All of them: a handful of rows, read once per journal batch that changes calls. */
  public List<Webhook> all() {
    return dsl.selectFrom(WEBHOOKS).fetch(WebhookRepository::toWebhook);
  }

  private static Webhook toWebhook(WebhooksRecord r) {
    return new Webhook(r.getScope(), r.getUrl(), r.getSecret(), instant(r.getUpdatedAt()));
  }
}
