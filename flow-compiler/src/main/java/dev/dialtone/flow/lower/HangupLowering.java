package dev.dialtone.flow.lower;

import com.google.auto.service.AutoService;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.flow.nodes.HangupNode;
import dev.dialtone.flow.nodes.NodeType;
import java.util.List;

/**
 * {@code hangup} → the hangup worker's task, then an end event: the instance ends once the call is
 * down, so the worker can report failures as incidents.
 */
@AutoService(NodeLowering.class)
public final class HangupLowering implements NodeLowering {

  @Override
  public String type() {
    return HangupNode.NAME;
  }

  @Override
  public Fragment lower(FlowNode node, NodeType type) {
    String end = node.id() + "__end";
    return new Fragment(
        node,
        List.of(ActionTasks.task(node, type), new Element.EndEvent(end, node.id() + " (end)")),
        List.of(Flow.plain(node.id() + "__to_end", node.id(), end)),
        List.of());
  }
}
