package dev.dialtone.flow;

/**
 * Zeebe job types of the service tasks and listeners the compiler emits; workers subscribe to them.
 */
public final class JobTypes {

  public static final String PREFIX = "dialtone.";

  public static final String TALK = PREFIX + "talk";
  public static final String PLAY = PREFIX + "play";
  public static final String DIGITS = PREFIX + "digits";
  public static final String HANGUP = PREFIX + "hangup";

  /** Start execution listener on nodes Zeebe runs itself (branch, goto): records the trace. */
  public static final String TRACE = PREFIX + "trace";

  // Later node types follow the same rule, e.g. PREFIX + "groupcall", "record", "connect".

  private JobTypes() {}

  /**
   * The job type as the process model declares it: a FEEL expression that appends the runtime
   * instance holding the call (process variable {@link ProcessVariables#RUNTIME}), so that a job is
   * only ever activated by that instance.
   */
  public static String routed(String jobType) {
    return "=\"" + jobType + "@\" + " + ProcessVariables.RUNTIME;
  }

  /** The job type a runtime instance subscribes to: what {@link #routed} evaluates to for it. */
  public static String forRuntime(String jobType, String runtimeInstance) {
    return jobType + "@" + runtimeInstance;
  }

  /** The job type of an action node of the given type. */
  public static String forNodeType(String nodeType) {
    return PREFIX + nodeType;
  }
}
