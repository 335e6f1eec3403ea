package dev.dialtone.flow.validate;

import static dev.dialtone.flow.ProblemCodes.LOOP_WITHOUT_ACTION;
import static dev.dialtone.flow.validate.FlowCheck.node;

import dev.dialtone.flow.Problem;
import dev.dialtone.flow.model.FlowEdge;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.flow.nodes.GotoNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A cycle through nodes that are not actions (branch → branch, or through a goto's {@code done})
 * never waits for the caller and never changes what it routes on: Zeebe would spin through it
 * forever. A goto's {@code loop} edge is bounded by its count, so it does not count as a cycle.
 */
final class InstantLoopCheck implements FlowCheck {

  @Override
  public void check(FlowGraph graph, List<Problem> problems) {
    List<String> instant =
        graph.document().nodes().stream()
            .map(FlowNode::id)
            .filter(id -> instant(graph, id))
            .toList();
    StrongComponents components = new StrongComponents(instant, id -> successors(graph, id));
    Set<String> reported = new HashSet<>();
    for (FlowNode node : graph.document().nodes()) {
      if (reported.contains(node.id())
          || !instant(graph, node.id())
          || !components.onCycle(node.id())) {
        continue;
      }
      Set<String> cycle = cycleThrough(graph, components, node.id());
      reported.addAll(cycle);
      problems.add(
          Problem.ofNode(
              node.id(),
              null,
              LOOP_WITHOUT_ACTION,
              node(node.id())
                  + ": the loop through "
                  + String.join(", ", cycle.stream().map(id -> "'" + id + "'").toList())
                  + " never reaches an action node or a goto's loop, so the call would spin forever"));
    }
  }

  /**
   * The instant nodes on a cycle back to {@code start} (its strongly connected component), in
   * breadth-first order from it.
   */
  private static Set<String> cycleThrough(
      FlowGraph graph, StrongComponents components, String start) {
    Set<String> cycle = new LinkedHashSet<>();
    cycle.add(start);
    Deque<String> pending = new ArrayDeque<>(successors(graph, start));
    while (!pending.isEmpty()) {
      String id = pending.poll();
      if (components.sameComponent(start, id) && cycle.add(id)) {
        pending.addAll(successors(graph, id));
      }
    }
    return cycle;
  }

  private static List<String> successors(FlowGraph graph, String id) {
    return graph.edgesFrom(id).stream()
        .filter(edge -> !isGotoLoop(graph, edge))
        .map(FlowEdge::to)
        .filter(to -> instant(graph, to))
        .toList();
  }

  private static boolean isGotoLoop(FlowGraph graph, FlowEdge edge) {
    return edge.port().equals(GotoNode.LOOP)
        && graph.node(edge.from()).map(n -> n.type().equals(GotoNode.NAME)).orElse(false);
  }

  private static boolean instant(FlowGraph graph, String id) {
    return graph.node(id).flatMap(graph::type).map(type -> !type.isAction()).orElse(false);
  }
}
