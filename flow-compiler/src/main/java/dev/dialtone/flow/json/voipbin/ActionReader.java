package dev.dialtone.flow.json.voipbin;

import dev.dialtone.flow.Problem;
import dev.dialtone.flow.model.FlowEdge;
import dev.dialtone.flow.model.FlowNode;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One action while a list is imported: its option values, its jumps resolved to node ids, and the
 * place to put the node. Every problem names the action's index and type.
 */
final class ActionReader {

  private final ImportState state;
  private final int index;
  private final String type;
  private final JsonNode option;

  ActionReader(ImportState state, int index, String type, JsonNode option) {
    this.state = state;
    this.index = index;
    this.type = type;
    this.option = option;
  }

  /** The Dialtone node id of this action. */
  String nodeId() {
    return state.nodeId(index);
  }

  /** Where the call goes after this action: {@code next_id}, else the following action. */
  String next() {
    return state.next(index);
  }

  boolean has(String field) {
    return option.has(field) && !option.get(field).isNull();
  }

  JsonNode get(String field) {
    return option.get(field);
  }

  /** A string option, or null (with a problem) when it is present but not a string. */
  String string(String field) {
    if (!has(field)) {
      return null;
    }
    if (!get(field).isString()) {
      problem(
          field, VoipbinProblemCodes.INVALID_ACTION_OPTION, "must be a string, got " + get(field));
      return null;
    }
    return get(field).asString();
  }

  /** An integer option, or null (with a problem) when it is present but not an integer. */
  Long integer(String field) {
    if (!has(field)) {
      return null;
    }
    if (!get(field).isIntegralNumber()) {
      problem(
          field,
          VoipbinProblemCodes.INVALID_ACTION_OPTION,
          "must be an integer, got " + get(field));
      return null;
    }
    return get(field).asLong();
  }

  /**
   * A jump target given by index ({@code indexField}) or by action id ({@code idField}), as a node
   * id; null when neither is given or the target does not exist (then with a problem).
   */
  String target(String indexField, String idField) {
    if (has(indexField)) {
      return state.targetByIndex(this, indexField, get(indexField));
    }
    if (has(idField)) {
      return state.targetById(this, idField, get(idField));
    }
    return null;
  }

  /** Jump targets keyed by value: {@code {"1": 4}} or {@code {"1": "<id>"}}. */
  Map<String, String> targets(String indexesField, String idsField) {
    String field = has(indexesField) ? indexesField : idsField;
    return state.targets(this, field, has(indexesField));
  }

  void node(Map<String, Object> options) {
    state.add(new FlowNode(nodeId(), nodeType(), null, null, options));
  }

  void wire(String port, String target) {
    if (target != null) {
      state.wire(new FlowEdge(nodeId(), port, target));
    }
  }

  void problem(String field, String code, String why) {
    state.problem(
        Problem.ofNode(
            nodeId(),
            "actions[" + index + "]" + (field == null ? "" : ".option." + field),
            code,
            "action "
                + index
                + " ("
                + type
                + ", node '"
                + nodeId()
                + "')"
                + (field == null ? "" : ": " + field)
                + " "
                + why));
  }

  int index() {
    return index;
  }

  private String nodeType() {
    return VoipbinActions.byActionType(type).nodeType();
  }
}
