package dev.dialtone.runtime.workers;

import dev.dialtone.flow.JobTypes;
import dev.dialtone.flow.nodes.ConnectNode;
import dev.dialtone.flow.nodes.Destinations;
import dev.dialtone.flow.nodes.DialPorts;
import dev.dialtone.runtime.dialing.DialTree;
import dev.dialtone.runtime.dialing.Dialing;
import dev.dialtone.runtime.groups.RingMethod;
import dev.dialtone.telephony.Destination;
import java.time.Duration;
import java.util.List;

/** connect: dials one destination for the caller and bridges it (see {@link DialStart}). */
public class ConnectWorker implements NodeWorker {

  private final Dialing dialing;

  public ConnectWorker(Dialing dialing) {
    this.dialing = dialing;
  }

  @Override
  public String jobType() {
    return JobTypes.forNodeType(ConnectNode.NAME);
  }

  @Override
  public void handle(NodeJob job) {
    DialStart.run(job, dialing, () -> tree(job.options()));
  }

  private static DialTree.Group tree(NodeOptions options) {
    Object destination = options.values().get(ConnectNode.DESTINATION);
    if (!Destinations.isDestination(destination)) {
      throw new IllegalStateException("node '" + options.nodeId() + "' has no destination");
    }
    String target = Destinations.target(destination);
    Destination dialed =
        Destinations.TEL.equals(Destinations.type(destination))
            ? Destination.tel(target)
            : Destination.endpoint(target);
    String callerId = options.string(ConnectNode.CALLER_ID, "");
    return new DialTree.Group(
        ConnectNode.NAME,
        RingMethod.RING_ALL,
        Duration.ofMillis(
            options.number(DialPorts.DIAL_TIMEOUT_MS, DialPorts.DEFAULT_DIAL_TIMEOUT_MS)),
        List.of(new DialTree.Target(dialed, callerId.isEmpty() ? null : callerId)));
  }
}
