package dev.dialtone.flow.validate;

import static dev.dialtone.flow.ProblemCodes.DUPLICATE_NODE_ID;
import static dev.dialtone.flow.ProblemCodes.INVALID_NODE_ID;
import static dev.dialtone.flow.ProblemCodes.RESERVED_NODE_ID;
import static dev.dialtone.flow.validate.FlowCheck.node;

import dev.dialtone.flow.Problem;
import dev.dialtone.flow.model.FlowNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Node ids become BPMN element ids. The parser already enforces their shape; this repeats it for
 * documents built in code, and keeps {@code __} free for the compiler's helper elements.
 */
final class NodeIdCheck implements FlowCheck {

  @Override
  public void check(FlowGraph graph, List<Problem> problems) {
    Set<String> seen = new HashSet<>();
    for (FlowNode node : graph.document().nodes()) {
      String id = node.id();
      if (!FlowNode.ID_PATTERN.matcher(id).matches()) {
        problems.add(
            Problem.ofNode(
                id,
                "id",
                INVALID_NODE_ID,
                node(id)
                    + ": id must be 1-64 letters, digits, _ or -, starting with a letter or _"));
      } else if (id.contains(FlowNode.RESERVED_ID_PART)) {
        problems.add(
            Problem.ofNode(
                id,
                "id",
                RESERVED_NODE_ID,
                node(id)
                    + ": id must not contain '__', which the compiler uses for helper elements"));
      }
      if (!seen.add(id)) {
        problems.add(
            Problem.ofNode(
                id, "id", DUPLICATE_NODE_ID, node(id) + ": another node has the same id"));
      }
    }
  }
}
