package dev.dialtone.flow.lower;

import com.google.auto.service.AutoService;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.flow.nodes.NodeType;
import dev.dialtone.flow.nodes.PlayNode;

/** {@code play} → a service task for the play worker, then {@code next}. */
@AutoService(NodeLowering.class)
public final class PlayLowering implements NodeLowering {

  @Override
  public String type() {
    return PlayNode.NAME;
  }

  @Override
  public Fragment lower(FlowNode node, NodeType type) {
    return ActionTasks.withNext(node, type);
  }
}
