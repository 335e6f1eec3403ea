package dev.dialtone.flow.lower;

import dev.dialtone.flow.Messages;
import dev.dialtone.flow.ProcessVariables;
import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.flow.model.FlowEdge;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.flow.nodes.NodeCatalogue;
import dev.dialtone.flow.nodes.NodeType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lowers a validated document: each node through its type's {@link NodeLowering}, each edge into a
 * sequence flow from the port's exit to the target's entry, plus the caller-hang-up subprocess.
 */
public final class FlowLowerer {

  private final NodeCatalogue catalogue;
  private final Map<String, NodeLowering> lowerings;

  public FlowLowerer(NodeCatalogue catalogue, List<NodeLowering> lowerings) {
    this.catalogue = catalogue;
    this.lowerings =
        lowerings.stream().collect(Collectors.toMap(NodeLowering::type, Function.identity()));
  }

  public ProcessModel lower(FlowDocument document, String processId, String processName) {
    Map<String, Fragment> fragments = new LinkedHashMap<>();
    for (FlowNode node : document.nodes()) {
      // a caller that gave up (a compile deadline) interrupts this thread; stop instead of burning
      // on
      if (Thread.currentThread().isInterrupted()) {
        throw new CancellationException("compilation of " + processId + " was cancelled");
      }
      fragments.put(node.id(), lowering(node).lower(node, type(node)));
    }
    List<Flow> edges = new ArrayList<>();
    for (FlowEdge edge : document.edges()) {
      Exit exit = fragments.get(edge.from()).exit(edge.port());
      edges.add(exit.to(fragments.get(edge.to()).entry()));
    }
    return new ProcessModel(
        processId, processName, List.copyOf(fragments.values()), edges, List.of(callHangup()));
  }

  // The runtime publishes call_hangup when the caller hangs up; the instance must end wherever it
  // is.
  private static EventSubprocess callHangup() {
    return new EventSubprocess(
        "__call_hangup",
        "Caller hung up",
        Messages.CALL_HANGUP,
        "=" + ProcessVariables.CALL_ID,
        new Element.StartEvent("__call_hangup_start", Messages.CALL_HANGUP),
        new Element.EndEvent("__call_hangup_end", "call ended"),
        "__call_hangup_flow");
  }

  private NodeType type(FlowNode node) {
    return catalogue
        .find(node.type())
        .orElseThrow(() -> new IllegalStateException("unknown node type " + node.type()));
  }

  private NodeLowering lowering(FlowNode node) {
    NodeLowering lowering = lowerings.get(node.type());
    if (lowering == null) {
      throw new IllegalStateException("no lowering registered for node type '" + node.type() + "'");
    }
    return lowering;
  }
}
