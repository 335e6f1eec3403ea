package dev.dialtone.flow.validate;

import static dev.dialtone.flow.ProblemCodes.UNREACHABLE_NODE;
import static dev.dialtone.flow.validate.FlowCheck.node;

import dev.dialtone.flow.Problem;
import dev.dialtone.flow.model.FlowEdge;
import dev.dialtone.flow.model.FlowNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Nodes no call can reach are almost always a forgotten wire. Without a start every node would be
 * unreachable, which only repeats {@code no_start}, so then nothing is reported.
 */
final class ReachabilityCheck implements FlowCheck {

  @Override
  public void check(FlowGraph graph, List<Problem> problems) {
    List<FlowNode> starts = StartCheck.starts(graph);
    if (starts.isEmpty()) {
      return;
    }
    Set<String> reached = new HashSet<>();
    Deque<String> pending = new ArrayDeque<>();
    starts.forEach(start -> pending.add(start.id()));
    while (!pending.isEmpty()) {
      String id = pending.poll();
      if (reached.add(id)) {
        graph.edgesFrom(id).stream().map(FlowEdge::to).forEach(pending::add);
      }
    }
    for (FlowNode node : graph.document().nodes()) {
      if (!reached.contains(node.id())) {
        problems.add(
            Problem.ofNode(
                node.id(),
                null,
                UNREACHABLE_NODE,
                node(node.id()) + ": no path from the start leads here"));
      }
    }
  }
}
