package dev.dialtone.flow.json.voipbin;

import dev.dialtone.flow.ParseResult;
import dev.dialtone.flow.Problem;
import dev.dialtone.flow.ProblemCodes;
import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.flow.model.FlowEdge;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.flow.nodes.StartNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a VoIPBIN action list — a bare {@code [...]}, {@code {"actions": [...]}} or a whole
 * call/flow request body holding one — as a flow document: a start node, then one node per action
 * in a row, wired as VoIPBIN would run them. Anything it cannot map is a problem naming the action
 * index and type, and then no document is returned: never half a flow.
 */
public final class VoipbinImporter {

  static final String ACTIONS = "actions";
  static final String DEFAULT_NAME = "Imported from VoIPBIN";
  private static final int SEARCH_DEPTH = 3;

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  /** Whether a body is a VoIPBIN action list rather than a {@code dialtone.flow/1} document. */
  public static boolean isActionList(String json) {
    try {
      JsonNode root = MAPPER.readTree(json);
      return root != null
          && (root.isArray()
              || (root.isObject() && !root.has("format") && actions(root, 0) != null));
    } catch (JacksonException e) {
      return false;
    }
  }

  public ParseResult read(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JacksonException e) {
      return reject(null, ProblemCodes.NOT_JSON, "the body is not JSON: " + e.getOriginalMessage());
    }
    JsonNode actions = root == null ? null : root.isArray() ? root : actions(root, 0);
    if (actions == null || actions.isEmpty()) {
      return reject(
          ACTIONS, VoipbinProblemCodes.NO_ACTIONS, "expected a non-empty VoIPBIN \"actions\" list");
    }
    List<JsonNode> list = new ArrayList<>();
    actions.forEach(list::add);
    ImportState state = new ImportState(list);
    for (int i = 0; i < list.size(); i++) {
      readAction(state, i, list.get(i));
    }
    if (!state.problems().isEmpty()) {
      return ParseResult.rejected(state.problems());
    }
    List<FlowNode> nodes = new ArrayList<>();
    nodes.add(new FlowNode("start", StartNode.NAME, null, null, Map.of()));
    nodes.addAll(state.nodes());
    List<FlowEdge> edges = new ArrayList<>();
    edges.add(new FlowEdge("start", state.nodeId(0)));
    edges.addAll(state.edges());
    return ParseResult.accepted(new FlowDocument(name(root), nodes, edges));
  }

  private static void readAction(ImportState state, int index, JsonNode action) {
    String where = "actions[" + index + "]";
    if (!action.isObject() || !action.path("type").isString()) {
      state.problem(
          Problem.ofNode(
              null,
              where + ".type",
              VoipbinProblemCodes.UNSUPPORTED_ACTION,
              "action " + index + ": expected an object with a string \"type\", got " + action));
      return;
    }
    String type = action.get("type").asString();
    JsonNode option = action.path("option");
    ActionReader reader =
        new ActionReader(
            state, index, type, option.isObject() ? option : MAPPER.createObjectNode());
    if (state.isAnswer(index)) {
      state.skipAnswer(index);
      return;
    }
    if (!VoipbinActions.supports(type)) {
      List<String> types = new ArrayList<>(VoipbinActions.actionTypes());
      types.add(ImportState.ANSWER);
      reader.problem(
          null,
          VoipbinProblemCodes.UNSUPPORTED_ACTION,
          "has no Dialtone node; the types that map are "
              + String.join(", ", types.stream().sorted().toList()));
      return;
    }
    if (!option.isMissingNode() && !option.isNull() && !option.isObject()) {
      reader.problem(null, VoipbinProblemCodes.INVALID_ACTION_OPTION, "option must be an object");
      return;
    }
    VoipbinAction mapping = VoipbinActions.byActionType(type);
    for (String field : option.propertyNames()) {
      if (!mapping.optionNames().contains(field)) {
        reader.problem(
            field,
            VoipbinProblemCodes.UNSUPPORTED_ACTION_OPTION,
            "is not mapped; this action takes "
                + String.join(", ", mapping.optionNames().stream().sorted().toList()));
      }
    }
    mapping.read(reader);
  }

  /** The first {@code actions} list in the body, looking into nested objects a little way. */
  private static JsonNode actions(JsonNode node, int depth) {
    if (node.path(ACTIONS).isArray()) {
      return node.get(ACTIONS);
    }
    if (depth >= SEARCH_DEPTH) {
      return null;
    }
    for (JsonNode child : node) {
      if (child.isObject()) {
        JsonNode found = actions(child, depth + 1);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static String name(JsonNode root) {
    JsonNode name = root.path("name");
    return name.isString() && !name.asString().isBlank() ? name.asString() : DEFAULT_NAME;
  }

  private static ParseResult reject(String field, String code, String message) {
    return ParseResult.rejected(List.of(Problem.ofDocument(field, code, message)));
  }
}
