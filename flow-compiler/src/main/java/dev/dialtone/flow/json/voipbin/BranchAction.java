package dev.dialtone.flow.json.voipbin;

import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.flow.nodes.BranchNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code branch} ⇄ branch: each key of {@code target_indexes} / {@code target_ids} becomes a case,
 * and {@code default_index} / {@code default_target_id} the default port. Without a default,
 * VoIPBIN goes on to the next action, and so does the imported flow.
 */
final class BranchAction implements VoipbinAction {

  static final String VOIPBIN_DIGITS = "voipbin.call.digits";
  static final String DIGITS = "digits";

  @Override
  public String actionType() {
    return "branch";
  }

  @Override
  public String nodeType() {
    return BranchNode.NAME;
  }

  @Override
  public Set<String> optionNames() {
    return Set.of("variable", "target_indexes", "target_ids", "default_index", "default_target_id");
  }

  @Override
  public void read(ActionReader action) {
    Map<String, Object> options = new LinkedHashMap<>();
    String variable = action.string("variable");
    if (variable != null && !variable.equals(VOIPBIN_DIGITS)) {
      options.put(BranchNode.VARIABLE, variable);
    }
    Map<String, String> targets = action.targets("target_indexes", "target_ids");
    options.put(BranchNode.CASES, List.copyOf(targets.keySet()));
    action.node(options);
    targets.forEach(action::wire);
    String fallback = action.target("default_index", "default_target_id");
    action.wire(BranchNode.DEFAULT, fallback != null ? fallback : action.next());
  }

  @Override
  public ObjectNode write(FlowNode node, ActionLinks links) {
    ObjectNode option = links.object();
    node.option(BranchNode.VARIABLE)
        .map(v -> v.equals(DIGITS) ? VOIPBIN_DIGITS : (String) v)
        .ifPresent(v -> option.put("variable", v));
    ObjectNode targets = option.putObject("target_ids");
    for (String value : new ArrayList<>(BranchNode.cases(node))) {
      links.target(node, value).ifPresent(id -> targets.put(value, id));
    }
    links.target(node, BranchNode.DEFAULT).ifPresent(id -> option.put("default_target_id", id));
    return option;
  }
}
