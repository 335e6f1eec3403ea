package dev.dialtone.flow.json.voipbin;

import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.flow.nodes.HangupNode;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/** {@code hangup} ⇄ hangup; the call ends, so nothing follows. */
final class HangupAction implements VoipbinAction {

  @Override
  public String actionType() {
    return "hangup";
  }

  @Override
  public String nodeType() {
    return HangupNode.NAME;
  }

  @Override
  public Set<String> optionNames() {
    return Set.of();
  }

  @Override
  public void read(ActionReader action) {
    action.node(Map.of());
  }

  @Override
  public ObjectNode write(FlowNode node, ActionLinks links) {
    return links.object();
  }
}
