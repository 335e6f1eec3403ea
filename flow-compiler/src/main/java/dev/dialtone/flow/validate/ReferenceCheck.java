package dev.dialtone.flow.validate;

import dev.dialtone.flow.Problem;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.flow.nodes.KnownGroups;
import dev.dialtone.flow.nodes.NodeType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What nodes refer to outside the document (saved groups) against what the application knows. A
 * node with other problems is skipped: its references may be what is being typed.
 */
final class ReferenceCheck implements FlowCheck {

  private final KnownGroups groups;

  ReferenceCheck(KnownGroups groups) {
    this.groups = groups;
  }

  @Override
  public void check(FlowGraph graph, List<Problem> problems) {
    for (FlowNode node : graph.document().nodes()) {
      Optional<NodeType> type = graph.type(node);
      boolean clean = problems.stream().noneMatch(p -> Objects.equals(p.nodeId(), node.id()));
      if (type.isPresent() && clean) {
        problems.addAll(type.get().checkReferences(node, groups));
      }
    }
  }
}
