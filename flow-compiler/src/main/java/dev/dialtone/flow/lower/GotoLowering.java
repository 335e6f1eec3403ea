package dev.dialtone.flow.lower;

import com.google.auto.service.AutoService;
import dev.dialtone.flow.JobTypes;
import dev.dialtone.flow.ProcessVariables;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.flow.nodes.GotoNode;
import dev.dialtone.flow.nodes.NodeType;
import java.util.List;

/**
 * {@code goto} → a script task that counts visits in {@code goto_count_<id>}, then a gateway that
 * loops while the count is at most {@code count}: count 2 loops twice, so the target runs three
 * times. The counter lives for the whole call and is never reset. The trace listener sits on the
 * script task, the node's entry.
 */
@AutoService(NodeLowering.class)
public final class GotoLowering implements NodeLowering {

  @Override
  public String type() {
    return GotoNode.NAME;
  }

  @Override
  public Fragment lower(FlowNode node, NodeType type) {
    String variable = ProcessVariables.gotoCounter(node.id());
    String counter = Feel.name(variable);
    long count = (Long) type.effectiveOptions(node).get(GotoNode.COUNT);
    String gateway = node.id() + "__gateway";
    return new Fragment(
        node,
        List.of(
            new Element.ScriptTask(
                node.id(),
                node.id(),
                "= if " + counter + " = null then 1 else " + counter + " + 1",
                variable,
                JobTypes.routed(JobTypes.TRACE)),
            new Element.ExclusiveGateway(gateway, node.id() + " (loop?)", null)),
        List.of(Flow.plain(node.id() + "__to_gateway", node.id(), gateway)),
        List.of(
            new Exit(
                GotoNode.LOOP,
                gateway,
                node.id() + "__" + GotoNode.LOOP,
                GotoNode.LOOP,
                "= " + counter + " <= " + count,
                false),
            new Exit(
                GotoNode.DONE,
                gateway,
                node.id() + "__" + GotoNode.DONE,
                GotoNode.DONE,
                null,
                true)));
  }
}
