package dev.dialtone.flow.json.voipbin;

import dev.dialtone.flow.model.FlowEdge;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.flow.nodes.TalkNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/** {@code talk} ⇄ talk: text, language, and VoIPBIN's gender as the voice. */
final class TalkAction implements VoipbinAction {

  @Override
  public String actionType() {
    return "talk";
  }

  @Override
  public String nodeType() {
    return TalkNode.NAME;
  }

  @Override
  public Set<String> optionNames() {
    return Set.of("text", "language", "gender");
  }

  @Override
  public void read(ActionReader action) {
    Map<String, Object> options = new LinkedHashMap<>();
    putIfPresent(options, TalkNode.TEXT, action.string("text"));
    putIfPresent(options, TalkNode.LANGUAGE, action.string("language"));
    String gender = action.string("gender");
    if (gender != null && !gender.equals("female") && !gender.equals("male")) {
      action.problem(
          "gender",
          VoipbinProblemCodes.INVALID_ACTION_OPTION,
          "'" + gender + "' has no Dialtone voice; use female or male");
    } else {
      putIfPresent(options, TalkNode.VOICE, gender);
    }
    action.node(options);
    action.wire(FlowEdge.NEXT, action.next());
  }

  @Override
  public ObjectNode write(FlowNode node, ActionLinks links) {
    ObjectNode option = links.object();
    node.option(TalkNode.TEXT).ifPresent(v -> option.put("text", (String) v));
    node.option(TalkNode.LANGUAGE).ifPresent(v -> option.put("language", (String) v));
    node.option(TalkNode.VOICE).ifPresent(v -> option.put("gender", (String) v));
    links.next(node, FlowEdge.NEXT);
    return option;
  }

  static void putIfPresent(Map<String, Object> options, String name, Object value) {
    if (value != null) {
      options.put(name, value);
    }
  }
}
