package dev.dialtone.runtime.flows;

import static dev.dialtone.db.Tables.CALLS;
import static dev.dialtone.db.Tables.FLOW_VERSIONS;
import static dev.dialtone.runtime.db.Timestamps.instant;
import static dev.dialtone.runtime.db.Timestamps.utc;

import dev.dialtone.db.tables.records.FlowVersionsRecord;
import dev.dialtone.runtime.calls.CallRevision;
import dev.dialtone.runtime.calls.CallStatus;
import dev.dialtone.runtime.db.Attempts;
import dev.dialtone.runtime.db.DbEnums;
import dev.dialtone.runtime.db.SqlErrors;
import dev.dialtone.runtime.db.Timestamps;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Published, immutable flow versions numbered 1, 2, … per flow. */
public class FlowVersionRepository {

  /**
   * Two editors publishing at once both compute the same next number; the primary key rejects the
   * second, which recomputes. A third attempt covers a three-way race; beyond that something is
   * wrong.
   */
  private static final int PUBLISH_ATTEMPTS = 3;

  private static final String HUNG_UP = DbEnums.toDb(CallStatus.HANGUP);
  private static final String PUBLISHED = DbEnums.toDb(CallRevision.PUBLISHED);

  private final DSLContext dsl;

  public FlowVersionRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  /**
   * Stores the next version of a flow.
   *
   * @return the new version number
   * @throws FlowNotFoundException if the flow does not exist
   */
  public int publish(UUID flowId, String documentJson, String bpmnXml, String user) {
    return publish(flowId, documentJson, bpmnXml, user, null);
  }

  /**
   * Stores the next version of a flow with the publisher's note (null: none).
   *
   * @return the new version number
   * @throws FlowNotFoundException if the flow does not exist
   */
  public int publish(UUID flowId, String documentJson, String bpmnXml, String user, String note) {
    try {
      return Attempts.retryOnUniqueViolation(
          dsl,
          PUBLISH_ATTEMPTS,
          tx -> insertNextVersion(tx.dsl(), flowId, documentJson, bpmnXml, user, note));
    } catch (RuntimeException e) {
      if (SqlErrors.isForeignKeyViolation(e)) {
        throw new FlowNotFoundException(flowId, e);
      }
      throw e;
    }
  }

  public Optional<FlowVersion> find(UUID flowId, int version) {
    return dsl.selectFrom(FLOW_VERSIONS)
        .where(FLOW_VERSIONS.FLOW_ID.eq(flowId).and(FLOW_VERSIONS.VERSION.eq(version)))
        .fetchOptional(FlowVersionRepository::toFlowVersion);
  }

  public Optional<FlowVersion> latest(UUID flowId) {
    return dsl.selectFrom(FLOW_VERSIONS)
        .where(FLOW_VERSIONS.FLOW_ID.eq(flowId))
        .orderBy(FLOW_VERSIONS.VERSION.desc())
        .limit(1)
        .fetchOptional(FlowVersionRepository::toFlowVersion);
  }

  /** Every version of every flow, oldest first per flow: what a fresh engine must have deployed. */
  public List<FlowVersion> listPublished() {
    return dsl.selectFrom(FLOW_VERSIONS)
        .orderBy(FLOW_VERSIONS.FLOW_ID, FLOW_VERSIONS.VERSION)
        .fetch(FlowVersionRepository::toFlowVersion);
  }

  /**
   * Every version of one flow, newest first, with how many published calls ran on it and how many
   * of those are still live (not hung up). Test calls run the draft and are not counted.
   */
  public List<VersionSummary> history(UUID flowId) {
    Field<Integer> calls = DSL.count(CALLS.ID);
    Field<Integer> live = DSL.count(CALLS.ID).filterWhere(CALLS.STATUS.ne(HUNG_UP));
    return dsl.select(
            FLOW_VERSIONS.VERSION,
            FLOW_VERSIONS.PUBLISHED_AT,
            FLOW_VERSIONS.PUBLISHED_BY,
            FLOW_VERSIONS.NOTE,
            calls,
            live)
        .from(FLOW_VERSIONS)
        .leftJoin(CALLS)
        .on(
            CALLS
                .FLOW_ID
                .eq(FLOW_VERSIONS.FLOW_ID)
                .and(CALLS.FLOW_VERSION.eq(FLOW_VERSIONS.VERSION))
                .and(CALLS.REVISION.eq(PUBLISHED)))
        .where(FLOW_VERSIONS.FLOW_ID.eq(flowId))
        .groupBy(
            FLOW_VERSIONS.VERSION,
            FLOW_VERSIONS.PUBLISHED_AT,
            FLOW_VERSIONS.PUBLISHED_BY,
            FLOW_VERSIONS.NOTE)
        .orderBy(FLOW_VERSIONS.VERSION.desc())
        .fetch(
            r ->
                new VersionSummary(
                    r.value1(),
                    instant(r.value2()),
                    r.value3(),
                    r.value4(),
                    r.value5(),
                    r.value6()));
  }

  /**
   * The live calls of a flow on versions older than {@code version}, per version, oldest first:
   * they keep running on the version they started on.
   */
  public List<RunningCalls> liveCallsBefore(UUID flowId, int version) {
    Field<Integer> live = DSL.count();
    return dsl.select(CALLS.FLOW_VERSION, live)
        .from(CALLS)
        .where(
            CALLS
                .FLOW_ID
                .eq(flowId)
                .and(CALLS.FLOW_VERSION.lt(version))
                .and(CALLS.STATUS.ne(HUNG_UP))
                .and(CALLS.REVISION.eq(PUBLISHED)))
        .groupBy(CALLS.FLOW_VERSION)
        .orderBy(CALLS.FLOW_VERSION)
        .fetch(r -> new RunningCalls(r.value1(), r.value2()));
  }

  private static int insertNextVersion(
      DSLContext dsl, UUID flowId, String documentJson, String bpmnXml, String user, String note) {
    int next =
        dsl.select(DSL.coalesce(DSL.max(FLOW_VERSIONS.VERSION), 0).plus(1))
            .from(FLOW_VERSIONS)
            .where(FLOW_VERSIONS.FLOW_ID.eq(flowId))
            .fetchSingle()
            .value1();
    dsl.insertInto(FLOW_VERSIONS)
        .set(FLOW_VERSIONS.FLOW_ID, flowId)
        .set(FLOW_VERSIONS.VERSION, next)
        .set(FLOW_VERSIONS.DOCUMENT, documentJson)
        .set(FLOW_VERSIONS.BPMN, bpmnXml)
        .set(FLOW_VERSIONS.PUBLISHED_AT, utc(Timestamps.now()))
        .set(FLOW_VERSIONS.PUBLISHED_BY, user)
        .set(FLOW_VERSIONS.NOTE, note)
        .execute();
    return next;
  }

  private static FlowVersion toFlowVersion(FlowVersionsRecord r) {
    return new FlowVersion(
        r.getFlowId(),
        r.getVersion(),
        r.getDocument(),
        r.getBpmn(),
        instant(r.getPublishedAt()),
        r.getPublishedBy(),
        r.getNote());
  }
}
