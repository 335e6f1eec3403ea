package dev.dialtone.flow;

/**
 * Zeebe job types of the service tasks and listeners the compiler emits; workers subscribe to them.
 * An action node's job type is derived from its type name ({@link #forNodeType}), so no constant
 * per node type is kept here.
 */
public final class JobTypes {

  public static final String PREFIX = "dialtone.";

  /** Start execution listener on nodes Zeebe runs itself (branch, goto): records the trace. */
  public static final String TRACE = PREFIX + "trace";

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

  /**
   * The BPMN error code a worker throws to leave its node by {@code port} instead of completing the
   * job (an expected outcome such as {@code no_answer}); the lowering catches it on the task.
   */
  public static String errorCode(String port) {
    return PREFIX + port;
  }

  /** The job type of an action node of the given type. */
  public static String forNodeType(String nodeType) {
    return PREFIX + nodeType;
  }
}
