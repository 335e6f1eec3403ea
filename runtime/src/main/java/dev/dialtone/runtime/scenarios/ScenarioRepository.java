package dev.dialtone.runtime.scenarios;

import static dev.dialtone.db.Tables.FLOW_SCENARIOS;
import static dev.dialtone.runtime.db.Timestamps.utc;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/** The stored scenario list of each flow's draft (table {@code flow_scenarios}). */
public class ScenarioRepository {

  private final DSLContext dsl;

  public ScenarioRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** The JSON list stored for the flow, if any. */
  public Optional<String> find(UUID flowId) {
    return dsl.select(FLOW_SCENARIOS.SCENARIOS)
        .from(FLOW_SCENARIOS)
        .where(FLOW_SCENARIOS.FLOW_ID.eq(flowId))
        .fetchOptional(FLOW_SCENARIOS.SCENARIOS);
  }

  /** Replaces the flow's list (the flow must exist: its foreign key says so). */
  public void save(UUID flowId, String scenariosJson, String user, Instant at) {
    dsl.insertInto(FLOW_SCENARIOS)
        .set(FLOW_SCENARIOS.FLOW_ID, flowId)
        .set(FLOW_SCENARIOS.SCENARIOS, scenariosJson)
        .set(FLOW_SCENARIOS.UPDATED_AT, utc(at))
        .set(FLOW_SCENARIOS.UPDATED_BY, user)
        .onDuplicateKeyUpdate()
        .set(FLOW_SCENARIOS.SCENARIOS, scenariosJson)
        .set(FLOW_SCENARIOS.UPDATED_AT, utc(at))
        .set(FLOW_SCENARIOS.UPDATED_BY, user)
        .execute();
  }
}
