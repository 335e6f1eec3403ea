package dev.dialtone.flow.lower;

import com.google.auto.service.AutoService;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.flow.nodes.DigitsNode;
import dev.dialtone.flow.nodes.NodeType;

/** {@code digits} → a service task for the digits worker, then {@code next}. */
@AutoService(NodeLowering.class)
public final class DigitsLowering implements NodeLowering {

  @Override
  public String type() {
    return DigitsNode.NAME;
  }

  @Override
  public Fragment lower(FlowNode node, NodeType type) {
    return ActionTasks.withNext(node, type);
  }
}
