package dev.dialtone.runtime.workers;

import dev.dialtone.flow.JobTypes;

/**
 * Records nodes that Zeebe executes by itself (branch, goto): the compiler gives their elements an
 * execution listener of this type, and passing through is the whole job.
 */
public class TraceWorker implements NodeWorker {

  @Override
  public String jobType() {
    return JobTypes.TRACE;
  }

  @Override
  public boolean isCallerAction() {
    return false;
  }

  @Override
  public void handle(NodeJob job) {
    job.complete("passed", java.util.Map.of());
  }
}
