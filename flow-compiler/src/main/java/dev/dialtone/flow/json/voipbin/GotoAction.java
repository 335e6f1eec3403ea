package dev.dialtone.flow.json.voipbin;

import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.flow.nodes.GotoNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code goto} ⇄ goto: jumps to {@code target_index} / {@code target_id} {@code loop_count} times,
 * then goes on to the next action ({@code done}). Both count jumps per call, never reset.
 */
final class GotoAction implements VoipbinAction {

  @Override
  public String actionType() {
    return "goto";
  }

  @Override
  public String nodeType() {
    return GotoNode.NAME;
  }

  @Override
  public Set<String> optionNames() {
    return Set.of("target_index", "target_id", "loop_count");
  }

  @Override
  public void read(ActionReader action) {
    Map<String, Object> options = new LinkedHashMap<>();
    Long count = action.integer("loop_count");
    if (count == null && !action.has("loop_count")) {
      action.problem(
          "loop_count",
          VoipbinProblemCodes.INVALID_ACTION_OPTION,
          "is missing; a goto needs a count");
    } else if (count != null) {
      options.put(GotoNode.COUNT, count);
    }
    String target = action.target("target_index", "target_id");
    if (target == null && !action.has("target_index") && !action.has("target_id")) {
      action.problem(
          null,
          VoipbinProblemCodes.INVALID_JUMP,
          "has neither target_index nor target_id to jump to");
    }
    action.node(options);
    action.wire(GotoNode.LOOP, target);
    action.wire(GotoNode.DONE, action.next());
  }

  @Override
  public ObjectNode write(FlowNode node, ActionLinks links) {
    ObjectNode option = links.object();
    links.target(node, GotoNode.LOOP).ifPresent(id -> option.put("target_id", id));
    node.option(GotoNode.COUNT).ifPresent(v -> option.put("loop_count", (Long) v));
    links.next(node, GotoNode.DONE);
    return option;
  }
}
