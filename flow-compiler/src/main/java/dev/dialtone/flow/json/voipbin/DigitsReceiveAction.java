package dev.dialtone.flow.json.voipbin;

import static dev.dialtone.flow.json.voipbin.TalkAction.putIfPresent;

import dev.dialtone.flow.model.FlowEdge;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.flow.nodes.DigitsNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code digits_receive} ⇄ digits: duration (ms), length and the finish key. VoIPBIN always stores
 * the digits in {@code voipbin.call.digits}, which is Dialtone's default {@code digits} variable.
 */
final class DigitsReceiveAction implements VoipbinAction {

  @Override
  public String actionType() {
    return "digits_receive";
  }

  @Override
  public String nodeType() {
    return DigitsNode.NAME;
  }

  @Override
  public Set<String> optionNames() {
    return Set.of("duration", "length", "key");
  }

  @Override
  public void read(ActionReader action) {
    Map<String, Object> options = new LinkedHashMap<>();
    putIfPresent(options, DigitsNode.TIMEOUT_MS, action.integer("duration"));
    putIfPresent(options, DigitsNode.MAX_DIGITS, action.integer("length"));
    String key = action.string("key");
    if (key != null && key.length() > 1) {
      action.problem(
          "key",
          VoipbinProblemCodes.INVALID_ACTION_OPTION,
          "'" + key + "' holds several finish keys; a digits node has one");
    } else if (key != null && !key.isEmpty()) {
      options.put(DigitsNode.FINISH_KEY, key);
    }
    action.node(options);
    action.wire(FlowEdge.NEXT, action.next());
  }

  @Override
  public ObjectNode write(FlowNode node, ActionLinks links) {
    String variable = (String) node.option(DigitsNode.VARIABLE).orElse(BranchAction.DIGITS);
    if (!variable.equals(BranchAction.DIGITS)) {
      links.problem(
          node,
          DigitsNode.VARIABLE,
          "VoIPBIN always stores received digits in "
              + BranchAction.VOIPBIN_DIGITS
              + "; use the variable 'digits' to export this flow, not '"
              + variable
              + "'");
    }
    ObjectNode option = links.object();
    node.option(DigitsNode.TIMEOUT_MS).ifPresent(v -> option.put("duration", (Long) v));
    node.option(DigitsNode.MAX_DIGITS).ifPresent(v -> option.put("length", (Long) v));
    node.option(DigitsNode.FINISH_KEY).ifPresent(v -> option.put("key", (String) v));
    links.next(node, FlowEdge.NEXT);
    return option;
  }
}
