package dev.dialtone.flow.lower;

import com.google.auto.service.AutoService;
import dev.dialtone.flow.JobTypes;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.flow.nodes.BranchNode;
import dev.dialtone.flow.nodes.NodeType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code branch} → an exclusive gateway with one condition per case and a default flow. Values are
 * compared as strings, and an unset variable matches no case, so it takes the default instead of
 * raising an incident. Zeebe runs the gateway itself, so a start listener reports it to the trace.
 */
@AutoService(NodeLowering.class)
public final class BranchLowering implements NodeLowering {

  @Override
  public String type() {
    return BranchNode.NAME;
  }

  @Override
  public Fragment lower(FlowNode node, NodeType type) {
    String variable = Feel.name((String) type.effectiveOptions(node).get(BranchNode.VARIABLE));
    List<Exit> exits = new ArrayList<>();
    List<String> cases = BranchNode.cases(node);
    for (int i = 0; i < cases.size(); i++) {
      String value = cases.get(i);
      String condition =
          "= if "
              + variable
              + " = null then false else string("
              + variable
              + ") = "
              + Feel.string(value);
      exits.add(new Exit(value, node.id(), node.id() + "__case_" + i, value, condition, false));
    }
    exits.add(
        new Exit(
            BranchNode.DEFAULT,
            node.id(),
            node.id() + "__" + BranchNode.DEFAULT,
            BranchNode.DEFAULT,
            null,
            true));
    return Fragment.of(
        node,
        new Element.ExclusiveGateway(node.id(), node.id(), JobTypes.routed(JobTypes.TRACE)),
        exits);
  }
}
