package dev.dialtone.flow.json.voipbin;

import dev.dialtone.flow.Problem;
import dev.dialtone.flow.model.FlowEdge;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.flow.nodes.HangupNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The action list being imported: which node each index becomes, ids to indexes, and the nodes,
 * wires and problems collected so far. A call that runs past the last action is hung up, so such a
 * flow gets one hangup node after the last action. Nodes get no positions: the editor lays an
 * unplaced flow out when it is first opened (top to bottom, wires routed around nodes). An {@code
 * answer} action becomes no node: Dialtone answers every call before its flow starts, so a jump to
 * one lands on what follows it.
 */
final class ImportState {

  static final String ANSWER = "answer";

  private final List<JsonNode> actions;
  private final Map<String, Integer> indexOfId = new HashMap<>();
  private final List<FlowNode> nodes = new ArrayList<>();
  private final List<FlowEdge> edges = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private boolean endUsed;

  ImportState(List<JsonNode> actions) {
    this.actions = actions;
    for (int i = 0; i < actions.size(); i++) {
      JsonNode id = actions.get(i).get("id");
      if (id != null && id.isString() && indexOfId.putIfAbsent(id.asString(), i) != null) {
        problems.add(
            Problem.ofNode(
                nodeId(i),
                "actions[" + i + "].id",
                VoipbinProblemCodes.INVALID_JUMP,
                "action "
                    + i
                    + " (node '"
                    + nodeId(i)
                    + "'): id '"
                    + id.asString()
                    + "' is already used by action "
                    + indexOfId.get(id.asString())));
      }
    }
  }

  /** Node ids follow the action's position, so importing an exported list gives the same ids. */
  String nodeId(int index) {
    index = landing(index);
    if (index == actions.size()) {
      return HangupNode.NAME + "_" + index;
    }
    JsonNode type = actions.get(index).get("type");
    String prefix =
        type != null && type.isString() && VoipbinActions.supports(type.asString())
            ? VoipbinActions.byActionType(type.asString()).nodeType()
            : "action";
    return prefix + "_" + index;
  }

  boolean isAnswer(int index) {
    if (index >= actions.size()) {
      return false;
    }
    JsonNode type = actions.get(index).get("type");
    return type != null && type.isString() && ANSWER.equals(type.asString());
  }

  /** The action a jump to {@code index} reaches: past any answer actions (a cycle stops). */
  private int landing(int index) {
    int at = index;
    for (int steps = 0; isAnswer(at) && steps <= actions.size(); steps++) {
      Integer next = successor(at);
      if (next == null) {
        return at; // a next_id naming nothing: next() reports it
      }
      at = next;
    }
    if (at == actions.size()) {
      endUsed = true;
    }
    return at;
  }

  private Integer successor(int index) {
    JsonNode nextId = actions.get(index).get("next_id");
    if (nextId != null && nextId.isString() && !nextId.asString().isEmpty()) {
      return indexOfId.get(nextId.asString());
    }
    return index + 1;
  }

  String next(int index) {
    JsonNode nextId = actions.get(index).get("next_id");
    if (nextId != null && nextId.isString() && !nextId.asString().isEmpty()) {
      Integer target = indexOfId.get(nextId.asString());
      if (target != null) {
        return nodeId(target);
      }
      unknownNextId(index, nextId.asString());
      return null;
    }
    if (index + 1 < actions.size()) {
      return nodeId(index + 1);
    }
    endUsed = true;
    return nodeId(actions.size());
  }

  /** An answer action becomes no node; only a next_id that names nothing is reported. */
  void skipAnswer(int index) {
    JsonNode nextId = actions.get(index).get("next_id");
    if (nextId != null
        && nextId.isString()
        && !nextId.asString().isEmpty()
        && !indexOfId.containsKey(nextId.asString())) {
      unknownNextId(index, nextId.asString());
    }
  }

  private void unknownNextId(int index, String nextId) {
    problems.add(
        Problem.ofNode(
            nodeId(index),
            "actions[" + index + "].next_id",
            VoipbinProblemCodes.INVALID_JUMP,
            "action "
                + index
                + " (node '"
                + nodeId(index)
                + "'): next_id '"
                + nextId
                + "' names no action"));
  }

  String targetByIndex(ActionReader action, String field, JsonNode value) {
    if (!value.isIntegralNumber() || value.asLong() < 0 || value.asLong() >= actions.size()) {
      action.problem(
          field,
          VoipbinProblemCodes.INVALID_JUMP,
          "must be the index of an action, 0 to " + (actions.size() - 1) + ", got " + value);
      return null;
    }
    return nodeId(value.asInt());
  }

  String targetById(ActionReader action, String field, JsonNode value) {
    Integer index = value.isString() ? indexOfId.get(value.asString()) : null;
    if (index == null) {
      action.problem(field, VoipbinProblemCodes.INVALID_JUMP, "names no action: " + value);
      return null;
    }
    return nodeId(index);
  }

  Map<String, String> targets(ActionReader action, String field, boolean byIndex) {
    Map<String, String> targets = new LinkedHashMap<>();
    JsonNode map = action.get(field);
    if (map == null || map.isNull()) {
      return targets;
    }
    if (!map.isObject()) {
      action.problem(
          field, VoipbinProblemCodes.INVALID_ACTION_OPTION, "must be an object, got " + map);
      return targets;
    }
    for (Map.Entry<String, JsonNode> entry : map.properties()) {
      String target =
          byIndex
              ? targetByIndex(action, field + "." + entry.getKey(), entry.getValue())
              : targetById(action, field + "." + entry.getKey(), entry.getValue());
      if (target != null) {
        targets.put(entry.getKey(), target);
      }
    }
    return targets;
  }

  void add(FlowNode node) {
    nodes.add(node);
  }

  void wire(FlowEdge edge) {
    edges.add(edge);
  }

  void problem(Problem problem) {
    problems.add(problem);
  }

  List<Problem> problems() {
    return problems;
  }

  /** The nodes, with the closing hangup when some action runs off the end of the list. */
  List<FlowNode> nodes() {
    List<FlowNode> all = new ArrayList<>(nodes);
    if (endUsed) {
      int end = actions.size();
      all.add(new FlowNode(nodeId(end), HangupNode.NAME, null, null, Map.of()));
    }
    return all;
  }

  List<FlowEdge> edges() {
    return edges;
  }
}
