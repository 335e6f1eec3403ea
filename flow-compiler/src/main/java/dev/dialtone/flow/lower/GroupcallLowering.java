package dev.dialtone.flow.lower;

import com.google.auto.service.AutoService;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.flow.nodes.GroupcallNode;
import dev.dialtone.flow.nodes.NodeType;

/** {@code groupcall} → start dialing, wait for the bridge to end, then answered or no_answer. */
@AutoService(NodeLowering.class)
public final class GroupcallLowering implements NodeLowering {

  @Override
  public String type() {
    return GroupcallNode.NAME;
  }

  @Override
  public Fragment lower(FlowNode node, NodeType type) {
    return DialTasks.dialThenWait(node, type);
  }
}
