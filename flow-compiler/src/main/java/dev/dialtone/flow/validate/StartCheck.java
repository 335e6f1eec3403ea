package dev.dialtone.flow.validate;

import static dev.dialtone.flow.ProblemCodes.NO_START;
import static dev.dialtone.flow.ProblemCodes.SEVERAL_STARTS;
import static dev.dialtone.flow.validate.FlowCheck.node;

import dev.dialtone.flow.Problem;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.flow.nodes.StartNode;
import java.util.List;

/** A call enters at exactly one place. Every extra start is marked so the user can pick. */
final class StartCheck implements FlowCheck {

  @Override
  public void check(FlowGraph graph, List<Problem> problems) {
    List<FlowNode> starts = starts(graph);
    if (starts.isEmpty()) {
      problems.add(Problem.ofDocument(null, NO_START, "the flow needs a start node"));
    }
    if (starts.size() > 1) {
      for (FlowNode start : starts) {
        problems.add(
            Problem.ofNode(
                start.id(),
                null,
                SEVERAL_STARTS,
                node(start.id()) + ": the flow has " + starts.size() + " start nodes; keep one"));
      }
    }
  }

  static List<FlowNode> starts(FlowGraph graph) {
    return graph.document().nodes().stream().filter(n -> n.type().equals(StartNode.NAME)).toList();
  }
}
