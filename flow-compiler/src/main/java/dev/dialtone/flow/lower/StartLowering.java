package dev.dialtone.flow.lower;

import com.google.auto.service.AutoService;
import dev.dialtone.flow.model.FlowEdge;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.flow.nodes.NodeType;
import dev.dialtone.flow.nodes.StartNode;
import java.util.List;

/** {@code start} → the process's none start event. */
@AutoService(NodeLowering.class)
public final class StartLowering implements NodeLowering {

  @Override
  public String type() {
    return StartNode.NAME;
  }

  @Override
  public Fragment lower(FlowNode node, NodeType type) {
    return Fragment.of(
        node,
        new Element.StartEvent(node.id(), node.id()),
        List.of(Exit.of(node.id(), FlowEdge.NEXT, node.id())));
  }
}
