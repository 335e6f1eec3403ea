package dev.dialtone.flow.validate;

import static dev.dialtone.flow.validate.FlowCheck.node;

import dev.dialtone.flow.Problem;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.flow.nodes.Port;
import java.util.List;

/**
 * Every port needs an edge: a call that reaches a dangling port would have nowhere to go. The port
 * decides the code, so a branch reports {@code branch_without_default} rather than a generic one.
 */
final class PortCheck implements FlowCheck {

  @Override
  public void check(FlowGraph graph, List<Problem> problems) {
    for (FlowNode node : graph.document().nodes()) {
      for (Port port : graph.ports(node)) {
        boolean wired =
            graph.edgesFrom(node.id()).stream().anyMatch(e -> e.port().equals(port.name()));
        if (!wired) {
          problems.add(
              Problem.ofNode(
                  node.id(),
                  "ports." + port.name(),
                  port.missingEdgeCode(),
                  node(node.id()) + ": port '" + port.name() + "' is not connected"));
        }
      }
    }
  }
}
