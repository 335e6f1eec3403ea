package dev.dialtone.flow.json.voipbin;

import dev.dialtone.flow.Problem;
import dev.dialtone.flow.model.FlowEdge;
import dev.dialtone.flow.model.FlowNode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Jumps while a flow is exported: each node's action id, where each port leads, and whether the
 * call reaches the following action on its own or needs a {@code next_id}.
 */
final class ActionLinks {

  private final JsonMapper mapper;
  private final Map<String, Integer> position = new HashMap<>();
  private final Map<String, String> edges = new HashMap<>();
  private final List<Problem> problems;
  private String nextId;

  ActionLinks(
      JsonMapper mapper, List<FlowNode> order, List<FlowEdge> edges, List<Problem> problems) {
    this.mapper = mapper;
    this.problems = problems;
    for (int i = 0; i < order.size(); i++) {
      position.put(order.get(i).id(), i);
    }
    edges.forEach(edge -> this.edges.putIfAbsent(edge.from() + "\n" + edge.port(), edge.to()));
  }

  /**
   * VoIPBIN action ids are UUIDs; deriving them from the node id keeps exports of the same flow
   * identical.
   */
  static String actionId(String nodeId) {
    return UUID.nameUUIDFromBytes(("dialtone:" + nodeId).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  ObjectNode object() {
    return mapper.createObjectNode();
  }

  /** The node a port leads to, if it is wired. */
  Optional<String> targetNode(FlowNode node, String port) {
    return Optional.ofNullable(edges.get(node.id() + "\n" + port));
  }

  /** The action id a port leads to, if it is wired. */
  Optional<String> target(FlowNode node, String port) {
    return targetNode(node, port).map(ActionLinks::actionId);
  }

  /** Where the call goes on after the action: nothing to write when it is the following one. */
  void next(FlowNode node, String port) {
    targetNode(node, port)
        .filter(target -> !Objects.equals(position.get(target), position.get(node.id()) + 1))
        .ifPresent(target -> nextId = actionId(target));
  }

  /** The {@code next_id} the last written action needs, or null; reading it clears it. */
  String takeNextId() {
    String id = nextId;
    nextId = null;
    return id;
  }

  void problem(FlowNode node, String field, String why) {
    problems.add(
        Problem.ofNode(
            node.id(),
            field,
            VoipbinProblemCodes.NOT_EXPORTABLE,
            "node '" + node.id() + "' (" + node.type() + "): " + why));
  }
}
