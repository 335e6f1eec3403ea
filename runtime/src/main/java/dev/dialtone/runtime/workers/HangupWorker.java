package dev.dialtone.runtime.workers;

import dev.dialtone.flow.JobTypes;
import dev.dialtone.flow.nodes.HangupNode;
import dev.dialtone.runtime.calls.CallEventType;
import dev.dialtone.runtime.calls.CallLifecycle;
import dev.dialtone.telephony.HangupCause;

/** hangup: ends the call from our side (hangup_by local, reason normal). */
public class HangupWorker implements NodeWorker {

  private final CallLifecycle lifecycle;

  public HangupWorker(CallLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public String jobType() {
    return JobTypes.forNodeType(HangupNode.NAME);
  }

  @Override
  public void handle(NodeJob job) {
    // Goodbyes are heard to the end before the line goes dead.
    job.leg()
        .mediaIdle()
        .thenCompose(
            idle -> {
              job.started();
              job.transcript(CallEventType.HANGUP, "");
              return lifecycle.hangupLocally(job.leg(), HangupCause.NORMAL);
            })
        .whenComplete((done, error) -> job.finish(error, "hung_up", java.util.Map.of()));
  }
}
