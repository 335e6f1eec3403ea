package dev.dialtone.runtime.cluster;

import static dev.dialtone.db.Tables.CALLS;
import static dev.dialtone.runtime.db.DbEnums.toDb;
import static dev.dialtone.runtime.db.Timestamps.utc;

import dev.dialtone.runtime.calls.CallStatus;
import dev.dialtone.runtime.calls.HangupBy;
import dev.dialtone.runtime.calls.HangupReason;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;

/** The call records a runtime instance left open, and closing them. */
public class OpenCalls {

  /** A call left open: its id and, when its flow had started, the process instance to cancel. */
  public record OpenCall(UUID callId, Long processInstanceKey) {}

  private final DSLContext dsl;

  public OpenCalls(DSLContext dsl) {
    this.dsl = dsl;
  }

  public List<OpenCall> of(String runtimeInstance) {
    return dsl.select(CALLS.ID, CALLS.PROCESS_INSTANCE_KEY)
        .from(CALLS)
        .where(CALLS.RUNTIME_INSTANCE.eq(runtimeInstance))
        .and(CALLS.STATUS.ne(toDb(CallStatus.HANGUP)))
        .fetch(row -> new OpenCall(row.value1(), row.value2()));
  }

  /**
   * Ends a call that nobody holds any more: {@code failed}, by {@code local}. A call that reached
   * hang-up meanwhile keeps its own reason.
   */
  public boolean close(UUID callId, Instant at) {
    return dsl.update(CALLS)
            .set(CALLS.STATUS, toDb(CallStatus.HANGUP))
            .set(CALLS.HANGUP_REASON, toDb(HangupReason.FAILED))
            .set(CALLS.HANGUP_BY, toDb(HangupBy.LOCAL))
            .set(CALLS.TM_HANGUP, utc(at))
            .set(CALLS.TM_UPDATE, utc(at))
            .where(CALLS.ID.eq(callId))
            .and(CALLS.STATUS.ne(toDb(CallStatus.HANGUP)))
            .execute()
        == 1;
  }
}
