package dev.dialtone.flow.validate;

import static dev.dialtone.flow.ProblemCodes.DUPLICATE_PORT_EDGE;
import static dev.dialtone.flow.ProblemCodes.EDGE_FROM_MISSING_NODE;
import static dev.dialtone.flow.ProblemCodes.EDGE_TO_MISSING_NODE;
import static dev.dialtone.flow.ProblemCodes.EDGE_TO_START;
import static dev.dialtone.flow.ProblemCodes.UNKNOWN_PORT;
import static dev.dialtone.flow.validate.FlowCheck.node;

import dev.dialtone.flow.Problem;
import dev.dialtone.flow.model.FlowEdge;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.flow.nodes.Port;
import dev.dialtone.flow.nodes.StartNode;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Each edge leaves an existing port, at most one edge per port, and ends at an existing node. */
final class EdgeCheck implements FlowCheck {

  @Override
  public void check(FlowGraph graph, List<Problem> problems) {
    Set<String> usedPorts = new HashSet<>();
    for (FlowEdge edge : graph.document().edges()) {
      Optional<FlowNode> from = graph.node(edge.from());
      Optional<FlowNode> to = graph.node(edge.to());
      String field = "ports." + edge.port();
      String label = node(edge.from()) + ": port '" + edge.port() + "'";
      if (from.isEmpty()) {
        problems.add(
            Problem.ofNode(
                null,
                "from",
                EDGE_FROM_MISSING_NODE,
                "an edge to '"
                    + edge.to()
                    + "' starts at node '"
                    + edge.from()
                    + "', which does not exist"));
        continue;
      }
      if (graph.type(from.get()).isPresent() && !graph.hasPort(from.get(), edge.port())) {
        problems.add(
            Problem.ofNode(
                edge.from(),
                field,
                UNKNOWN_PORT,
                label + " does not exist; " + portsOf(graph, from.get())));
      } else if (!usedPorts.add(edge.from() + "\n" + edge.port())) {
        problems.add(
            Problem.ofNode(
                edge.from(),
                field,
                DUPLICATE_PORT_EDGE,
                label + " has more than one edge; a port leads to one node"));
      }
      if (to.isEmpty()) {
        problems.add(
            Problem.ofNode(
                edge.from(),
                field,
                EDGE_TO_MISSING_NODE,
                label + " leads to node '" + edge.to() + "', which does not exist"));
      } else if (to.get().type().equals(StartNode.NAME)) {
        problems.add(
            Problem.ofNode(
                edge.from(),
                field,
                EDGE_TO_START,
                label + " leads back to the start node; use a goto to repeat a part of the flow"));
      }
    }
  }

  private static String portsOf(FlowGraph graph, FlowNode node) {
    List<String> ports = graph.ports(node).stream().map(Port::name).toList();
    return ports.isEmpty()
        ? "a " + node.type() + " node has no ports"
        : "its ports are " + String.join(", ", ports);
  }
}
