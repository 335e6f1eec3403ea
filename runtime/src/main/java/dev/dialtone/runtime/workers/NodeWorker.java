package dev.dialtone.runtime.workers;

/**
 * Executes one node type. A new node type is one new implementation in this package: the runtime's
 * configuration scans the package for them and constructs each with its dependencies (one public
 * constructor), and the {@link JobDispatcher} opens a job stream for each.
 *
 * <p>{@link #handle} must return at once: it starts the action and finishes the job later through
 * {@link NodeJob#complete} when the telephony reports the outcome.
 */
public interface NodeWorker {

  String jobType();

  void handle(NodeJob job);

  /**
   * Whether its jobs read the flow's variables ({@link NodeJob#variables}); otherwise the engine
   * hands them the call id only, which spares collecting and converting every variable per job.
   */
  default boolean readsFlowVariables() {
    return false;
  }

  /** Whether the node is something the caller waits on; its start ends a silence (dead air). */
  default boolean isCallerAction() {
    return true;
  }
}
