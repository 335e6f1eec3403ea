package dev.dialtone.flow.json.voipbin;

import dev.dialtone.flow.model.FlowEdge;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.flow.nodes.PlayNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code play} ⇄ play: Dialtone plays one file, so {@code stream_urls} must hold exactly one. */
final class PlayAction implements VoipbinAction {

  @Override
  public String actionType() {
    return "play";
  }

  @Override
  public String nodeType() {
    return PlayNode.NAME;
  }

  @Override
  public Set<String> optionNames() {
    return Set.of("stream_urls");
  }

  @Override
  public void read(ActionReader action) {
    Map<String, Object> options = new LinkedHashMap<>();
    JsonNode urls = action.get("stream_urls");
    if (urls != null && !urls.isNull()) {
      if (!urls.isArray() || urls.size() != 1 || !urls.get(0).isString()) {
        action.problem(
            "stream_urls",
            VoipbinProblemCodes.INVALID_ACTION_OPTION,
            "must list exactly one URL (a play node plays one file), got " + urls);
      } else {
        options.put(PlayNode.URL, urls.get(0).asString());
      }
    }
    action.node(options);
    action.wire(FlowEdge.NEXT, action.next());
  }

  @Override
  public ObjectNode write(FlowNode node, ActionLinks links) {
    ObjectNode option = links.object();
    node.option(PlayNode.URL).ifPresent(url -> option.putArray("stream_urls").add((String) url));
    links.next(node, FlowEdge.NEXT);
    return option;
  }
}
