package dev.dialtone.runtime.workers;

import dev.dialtone.flow.nodes.DialPorts;
import dev.dialtone.runtime.dialing.DialResult;
import dev.dialtone.runtime.dialing.DialTree;
import dev.dialtone.runtime.dialing.Dialing;
import dev.dialtone.runtime.dialing.GroupCallHandle;
import java.util.Map;
import java.util.function.Supplier;

/**
 * How a dialing node (groupcall, connect) runs: once the prompts before it have been heard, it
 * starts ringing and completes its job at once; the flow then waits in a message catch event for
 * the outcome. The trace step lasts until the dialing is over, with the port it leaves by.
 */
final class DialStart {

  private DialStart() {}

  /** {@code tree} is built once the caller is ready, so a saved group is read as it is then. */
  static void run(NodeJob job, Dialing dialing, Supplier<DialTree.Group> tree) {
    job.leg()
        .mediaIdle()
        .thenApply(
            idle -> {
              job.started();
              return dialing.dial(job.leg(), tree.get());
            })
        .whenComplete(
            (handle, error) -> {
              if (error != null) {
                job.fail(error);
                return;
              }
              job.completeJob(Map.of());
              follow(job, handle);
            });
  }

  private static void follow(NodeJob job, GroupCallHandle handle) {
    handle
        .result()
        .whenComplete(
            (result, error) -> {
              if (error != null) {
                job.stepFinished(error, null);
              } else if (result.outcome() != DialResult.Outcome.CALLER_HUNG_UP) {
                job.leg().silenceBegan();
                job.stepFinished(
                    null,
                    result.outcome() == DialResult.Outcome.ANSWERED
                        ? DialPorts.ANSWERED
                        : DialPorts.NO_ANSWER);
              } else {
                job.stepFinished(null, "caller_hung_up");
              }
            });
  }
}
