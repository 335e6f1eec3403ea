package dev.dialtone.flow;

import java.util.Set;

/** Variables the runtime sets when it creates a process instance for a call leg. */
public final class ProcessVariables {

  public static final String CALL_ID = "callId";
  public static final String FROM = "from";
  public static final String TO = "to";
  public static final String DIRECTION = "direction";
  public static final String FLOW_ID = "flowId";
  public static final String FLOW_VERSION = "flowVersion";

  /**
   * The runtime instance that holds the call's channel: every job type of the process carries it,
   * so that with several runtimes on one engine each call's jobs reach the one that can serve them.
   */
  public static final String RUNTIME = "dialtoneRuntime";

  /** How the last groupcall or connect ended: {@code answered} or {@code no_answer}. */
  public static final String DIAL_OUTCOME = "dial_outcome";

  /** The call id of the leg the last groupcall or connect bridged; empty when none. */
  public static final String ANSWERED_CALL_ID = "answered_call_id";

  /** A flow may read these but must not overwrite them (e.g. as the digits target variable). */
  public static final Set<String> RESERVED =
      Set.of(
          CALL_ID,
          FROM,
          TO,
          DIRECTION,
          FLOW_ID,
          FLOW_VERSION,
          RUNTIME,
          DIAL_OUTCOME,
          ANSWERED_CALL_ID);

  /** Prefix of the per-node loop counters the compiler keeps for {@code goto} nodes. */
  public static final String GOTO_COUNTER_PREFIX = "goto_count_";

  private ProcessVariables() {}

  /** The counter variable of a goto node; node ids are already valid Zeebe variable names. */
  public static String gotoCounter(String nodeId) {
    return GOTO_COUNTER_PREFIX + nodeId;
  }
}
