package dev.dialtone.runtime.flows;

import static dev.dialtone.db.Tables.FLOWS;
import static dev.dialtone.db.Tables.FLOW_VERSIONS;
import static dev.dialtone.db.Tables.NUMBERS;
import static dev.dialtone.runtime.db.Timestamps.instant;
import static dev.dialtone.runtime.db.Timestamps.utc;

import dev.dialtone.runtime.db.SqlErrors;
import dev.dialtone.runtime.db.Timestamps;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Flow drafts. Saving is compare-and-set on {@code revision}, so two editors never overwrite each
 * other.
 */
public class FlowRepository {

  private static final int FIRST_REVISION = 1;

  /** Correlated on the version table's primary key, so it costs one index probe per flow. */
  private static final Field<Integer> LATEST_VERSION =
      DSL.field(
              DSL.select(DSL.max(FLOW_VERSIONS.VERSION))
                  .from(FLOW_VERSIONS)
                  .where(FLOW_VERSIONS.FLOW_ID.eq(FLOWS.ID)))
          .as("latest_version");

  private final DSLContext dsl;

  public FlowRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  public StoredFlow create(String name, String documentJson, String user) {
    UUID id = UUID.randomUUID();
    Instant now = Timestamps.now();
    dsl.insertInto(FLOWS)
        .set(FLOWS.ID, id)
        .set(FLOWS.NAME, name)
        .set(FLOWS.DOCUMENT, documentJson)
        .set(FLOWS.REVISION, FIRST_REVISION)
        .set(FLOWS.CREATED_AT, utc(now))
        .set(FLOWS.CREATED_BY, user)
        .set(FLOWS.UPDATED_AT, utc(now))
        .set(FLOWS.UPDATED_BY, user)
        .execute();
    return new StoredFlow(id, name, documentJson, FIRST_REVISION, now, user, now, user, null);
  }

  public Optional<StoredFlow> find(UUID id) {
    return find(dsl, id);
  }

  /** Every flow by name, with its latest published version and its numbers: two queries in all. */
  public List<FlowSummary> list() {
    List<Record> flows =
        dsl.select(FLOWS.ID, FLOWS.NAME, FLOWS.REVISION, FLOWS.CREATED_AT, FLOWS.CREATED_BY)
            .select(FLOWS.UPDATED_AT, FLOWS.UPDATED_BY, LATEST_VERSION)
            .from(FLOWS)
            .orderBy(DSL.lower(FLOWS.NAME), FLOWS.ID)
            .fetch();
    Map<UUID, List<String>> numbers =
        dsl.select(NUMBERS.FLOW_ID, NUMBERS.NUMBER)
            .from(NUMBERS)
            .where(NUMBERS.FLOW_ID.isNotNull())
            .orderBy(NUMBERS.NUMBER)
            .fetchGroups(NUMBERS.FLOW_ID, NUMBERS.NUMBER);
    return flows.stream()
        .map(
            r ->
                new FlowSummary(
                    r.get(FLOWS.ID),
                    r.get(FLOWS.NAME),
                    r.get(FLOWS.REVISION),
                    instant(r.get(FLOWS.CREATED_AT)),
                    r.get(FLOWS.CREATED_BY),
                    instant(r.get(FLOWS.UPDATED_AT)),
                    r.get(FLOWS.UPDATED_BY),
                    r.get(LATEST_VERSION),
                    numbers.getOrDefault(r.get(FLOWS.ID), List.of())))
        .toList();
  }

  /**
   * Saves a new draft only if nobody saved since {@code expectedRevision} was read. The check and
   * the write are one UPDATE, so there is no window between them; the follow-up reads only explain
   * a miss.
   */
  public FlowUpdate update(
      UUID id, int expectedRevision, String name, String documentJson, String user) {
    return dsl.transactionResult(
        tx -> {
          DSLContext t = tx.dsl();
          int updated =
              t.update(FLOWS)
                  .set(FLOWS.NAME, name)
                  .set(FLOWS.DOCUMENT, documentJson)
                  .set(FLOWS.REVISION, FLOWS.REVISION.plus(1))
                  .set(FLOWS.UPDATED_AT, utc(Timestamps.now()))
                  .set(FLOWS.UPDATED_BY, user)
                  .where(FLOWS.ID.eq(id).and(FLOWS.REVISION.eq(expectedRevision)))
                  .execute();
          if (updated == 1) {
            return new FlowUpdate.Updated(find(t, id).orElseThrow());
          }
          return t.select(FLOWS.REVISION)
              .from(FLOWS)
              .where(FLOWS.ID.eq(id))
              .fetchOptional(FLOWS.REVISION)
              .<FlowUpdate>map(FlowUpdate.StaleRevision::new)
              .orElseGet(FlowUpdate.NotFound::new);
        });
  }

  /**
   * Deletes the draft and, by cascade, its published versions; call history is kept.
   *
   * @return false if there was no such flow
   * @throws FlowInUseException if numbers still route to it (the foreign key decides, not a prior
   *     read)
   */
  public boolean delete(UUID id) {
    try {
      return dsl.deleteFrom(FLOWS).where(FLOWS.ID.eq(id)).execute() == 1;
    } catch (RuntimeException e) {
      if (SqlErrors.isForeignKeyViolation(e)) {
        throw new FlowInUseException(id, e);
      }
      throw e;
    }
  }

  private static Optional<StoredFlow> find(DSLContext dsl, UUID id) {
    return dsl.select(FLOWS.fields())
        .select(LATEST_VERSION)
        .from(FLOWS)
        .where(FLOWS.ID.eq(id))
        .fetchOptional(
            r ->
                new StoredFlow(
                    r.get(FLOWS.ID),
                    r.get(FLOWS.NAME),
                    r.get(FLOWS.DOCUMENT),
                    r.get(FLOWS.REVISION),
                    instant(r.get(FLOWS.CREATED_AT)),
                    r.get(FLOWS.CREATED_BY),
                    instant(r.get(FLOWS.UPDATED_AT)),
                    r.get(FLOWS.UPDATED_BY),
                    r.get(LATEST_VERSION)));
  }
}
