package dev.dialtone.runtime.workers;

import dev.dialtone.flow.JobTypes;
import dev.dialtone.flow.nodes.Destinations;
import dev.dialtone.flow.nodes.DialPorts;
import dev.dialtone.flow.nodes.GroupcallNode;
import dev.dialtone.runtime.dialing.DialTree;
import dev.dialtone.runtime.dialing.Dialing;
import dev.dialtone.runtime.dialing.GroupTrees;
import dev.dialtone.runtime.groups.GroupDestination;
import dev.dialtone.runtime.groups.RingMethod;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * groupcall: rings the node's destinations, or the saved group it names, for the caller; the first
 * to answer is bridged (see {@link DialStart}).
 */
public class GroupcallWorker implements NodeWorker {

  private final Dialing dialing;
  private final GroupTrees trees;

  public GroupcallWorker(Dialing dialing, GroupTrees trees) {
    this.dialing = dialing;
    this.trees = trees;
  }

  @Override
  public String jobType() {
    return JobTypes.forNodeType(GroupcallNode.NAME);
  }

  @Override
  public void handle(NodeJob job) {
    DialStart.run(job, dialing, () -> tree(job.options()));
  }

  private DialTree.Group tree(NodeOptions options) {
    String group = options.string(GroupcallNode.GROUP, "");
    if (!group.isEmpty()) {
      return trees.resolve(UUID.fromString(group));
    }
    RingMethod method =
        RingMethod.parse(options.string(GroupcallNode.RING_METHOD, GroupcallNode.RING_ALL))
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "node '" + options.nodeId() + "' has an unknown ring method"));
    Duration timeout =
        Duration.ofMillis(
            options.number(DialPorts.DIAL_TIMEOUT_MS, DialPorts.DEFAULT_DIAL_TIMEOUT_MS));
    return trees.inline(method, timeout, destinations(options));
  }

  private static List<GroupDestination> destinations(NodeOptions options) {
    if (!(options.values().get(GroupcallNode.DESTINATIONS) instanceof List<?> list)) {
      throw new IllegalStateException("node '" + options.nodeId() + "' has no destinations");
    }
    return list.stream()
        .map(
            d ->
                new GroupDestination(
                    GroupDestination.Type.parse(Destinations.type(d)).orElseThrow(),
                    Destinations.target(d)))
        .toList();
  }
}
