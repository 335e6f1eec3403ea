package dev.dialtone.flow.lower;

import com.google.auto.service.AutoService;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.flow.nodes.NodeType;
import dev.dialtone.flow.nodes.RecordNode;

/** {@code record} → a service task for the record worker, then {@code next}. */
@AutoService(NodeLowering.class)
public final class RecordLowering implements NodeLowering {

  @Override
  public String type() {
    return RecordNode.NAME;
  }

  @Override
  public Fragment lower(FlowNode node, NodeType type) {
    return ActionTasks.withNext(node, type);
  }
}
