package dev.dialtone.flow.lower;

import com.google.auto.service.AutoService;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.flow.nodes.NodeType;
import dev.dialtone.flow.nodes.TalkNode;

/** {@code talk} → a service task for the talk worker, then {@code next}. */
@AutoService(NodeLowering.class)
public final class TalkLowering implements NodeLowering {

  @Override
  public String type() {
    return TalkNode.NAME;
  }

  @Override
  public Fragment lower(FlowNode node, NodeType type) {
    return ActionTasks.withNext(node, type);
  }
}
