package dev.dialtone.runtime.engine;

import static dev.dialtone.db.Tables.ENGINE_DEPLOYMENTS;
import static dev.dialtone.runtime.db.Timestamps.utc;

import java.time.Instant;
import java.util.OptionalLong;
import org.jooq.DSLContext;

/**
 * The ledger of an external engine, kept in the database that all runtime instances share: a flow
 * version is deployed to that engine once, however often and however many instances restart.
 */
public final class DatabaseLedger implements DeploymentLedger {

  private final DSLContext dsl;
  private final String engine;
  private final MemoryLedger recent = new MemoryLedger(1_000);

  /**
   * @param engine names the engine (its gateway address), so that one database can serve instances
   *     pointed at different engines, e.g. after a move to a new cluster
   */
  public DatabaseLedger(DSLContext dsl, String engine) {
    this.dsl = dsl;
    this.engine = engine;
  }

  @Override
  public OptionalLong find(String digest) {
    OptionalLong known = recent.find(digest);
    if (known.isPresent()) {
      return known;
    }
    Long key =
        dsl.select(ENGINE_DEPLOYMENTS.DEFINITION_KEY)
            .from(ENGINE_DEPLOYMENTS)
            .where(ENGINE_DEPLOYMENTS.ENGINE.eq(engine))
            .and(ENGINE_DEPLOYMENTS.DIGEST.eq(digest))
            .fetchOne(ENGINE_DEPLOYMENTS.DEFINITION_KEY);
    if (key == null) {
      return OptionalLong.empty();
    }
    recent.remember(digest, null, key);
    return OptionalLong.of(key);
  }

  @Override
  public void remember(String digest, String processId, long definitionKey) {
    // Two instances deploying the same model at once both get the same key from the engine.
    dsl.insertInto(ENGINE_DEPLOYMENTS)
        .set(ENGINE_DEPLOYMENTS.ENGINE, engine)
        .set(ENGINE_DEPLOYMENTS.DIGEST, digest)
        .set(ENGINE_DEPLOYMENTS.PROCESS_ID, processId)
        .set(ENGINE_DEPLOYMENTS.DEFINITION_KEY, definitionKey)
        .set(ENGINE_DEPLOYMENTS.DEPLOYED_AT, utc(Instant.now()))
        .onConflictDoNothing()
        .execute();
    recent.remember(digest, processId, definitionKey);
  }
}
