package dev.dialtone.runtime.cluster;

import static dev.dialtone.db.Tables.RUNTIME_LEASES;
import static dev.dialtone.runtime.db.Timestamps.utc;

import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;

/** The heartbeat rows of running runtime instances (table {@code runtime_leases}). */
public class RuntimeLeases {

  private final DSLContext dsl;

  public RuntimeLeases(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** Renews (or takes) this instance's lease. */
  public void renew(String instanceId, Instant now) {
    int updated =
        dsl.update(RUNTIME_LEASES)
            .set(RUNTIME_LEASES.HEARTBEAT_AT, utc(now))
            .where(RUNTIME_LEASES.INSTANCE_ID.eq(instanceId))
            .execute();
    if (updated == 0) {
      dsl.insertInto(RUNTIME_LEASES)
          .set(RUNTIME_LEASES.INSTANCE_ID, instanceId)
          .set(RUNTIME_LEASES.STARTED_AT, utc(now))
          .set(RUNTIME_LEASES.HEARTBEAT_AT, utc(now))
          .onConflictDoNothing()
          .execute();
    }
  }

  /** Instances other than {@code self} whose last heartbeat is older than {@code before}. */
  public List<String> expired(String self, Instant before) {
    return dsl.select(RUNTIME_LEASES.INSTANCE_ID)
        .from(RUNTIME_LEASES)
        .where(RUNTIME_LEASES.HEARTBEAT_AT.lt(utc(before)))
        .and(RUNTIME_LEASES.INSTANCE_ID.ne(self))
        .fetch(RUNTIME_LEASES.INSTANCE_ID);
  }

  /**
   * Takes over an expired instance: true for exactly one of several instances trying at once (the
   * one whose delete removed the row), and false when it renewed its lease meanwhile.
   */
  public boolean claim(String instanceId, Instant before) {
    return dsl.deleteFrom(RUNTIME_LEASES)
            .where(RUNTIME_LEASES.INSTANCE_ID.eq(instanceId))
            .and(RUNTIME_LEASES.HEARTBEAT_AT.lt(utc(before)))
            .execute()
        == 1;
  }

  /** Gives up this instance's lease on a clean stop. */
  public void release(String instanceId) {
    dsl.deleteFrom(RUNTIME_LEASES).where(RUNTIME_LEASES.INSTANCE_ID.eq(instanceId)).execute();
  }
}
