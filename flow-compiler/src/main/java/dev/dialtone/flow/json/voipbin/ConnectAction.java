package dev.dialtone.flow.json.voipbin;

import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.flow.nodes.ConnectNode;
import dev.dialtone.flow.nodes.Destinations;
import dev.dialtone.flow.nodes.DialPorts;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code connect} ⇄ connect, for what both can say: one {@code tel} destination, the {@code source}
 * number as the caller id, and one way on. VoIPBIN goes on to the next action whether or not the
 * destination answered, so on import both ports lead there, and a node whose ports lead to
 * different nodes cannot be exported. Endpoints are Asterisk channels, which VoIPBIN addresses do
 * not name.
 */
final class ConnectAction implements VoipbinAction {

  private static final String TEL = "tel";

  @Override
  public String actionType() {
    return "connect";
  }

  @Override
  public String nodeType() {
    return ConnectNode.NAME;
  }

  @Override
  public Set<String> optionNames() {
    return Set.of("source", "destinations");
  }

  @Override
  public void read(ActionReader action) {
    Map<String, Object> options = new LinkedHashMap<>();
    JsonNode destinations = action.get("destinations");
    if (destinations == null || !destinations.isArray() || destinations.size() != 1) {
      action.problem(
          "destinations",
          VoipbinProblemCodes.INVALID_ACTION_OPTION,
          "must list exactly one address (a connect node dials one destination), got "
              + destinations);
    } else {
      String target = telTarget(action, "destinations", destinations.get(0));
      if (target != null) {
        options.put(ConnectNode.DESTINATION, Destinations.of(Destinations.TEL, target));
      }
    }
    JsonNode source = action.get("source");
    if (source != null && !source.isNull()) {
      String callerId = telTarget(action, "source", source);
      if (callerId != null) {
        options.put(ConnectNode.CALLER_ID, callerId);
      }
    }
    action.node(options);
    action.wire(DialPorts.ANSWERED, action.next());
    action.wire(DialPorts.NO_ANSWER, action.next());
  }

  private static String telTarget(ActionReader action, String field, JsonNode address) {
    if (address.isObject()
        && TEL.equals(address.path("type").asString(""))
        && address.path("target").isString()) {
      return address.path("target").asString();
    }
    action.problem(
        field,
        VoipbinProblemCodes.INVALID_ACTION_OPTION,
        "must be a {\"type\": \"tel\", \"target\": …} address (Dialtone connects phone numbers"
            + " from VoIPBIN), got "
            + address);
    return null;
  }

  @Override
  public ObjectNode write(FlowNode node, ActionLinks links) {
    ObjectNode option = links.object();
    Object destination = node.options().get(ConnectNode.DESTINATION);
    if (!TEL.equals(Destinations.type(destination))) {
      links.problem(
          node,
          ConnectNode.DESTINATION,
          "VoIPBIN addresses cannot name the endpoint " + Destinations.target(destination));
    }
    option
        .putArray("destinations")
        .addObject()
        .put("type", TEL)
        .put("target", Destinations.target(destination));
    if (node.options().get(ConnectNode.CALLER_ID) instanceof String callerId
        && !callerId.isEmpty()) {
      option.putObject("source").put("type", TEL).put("target", callerId);
    }
    if (!Objects.equals(
        links.targetNode(node, DialPorts.ANSWERED), links.targetNode(node, DialPorts.NO_ANSWER))) {
      links.problem(
          node,
          "ports." + DialPorts.NO_ANSWER,
          "VoIPBIN's connect goes on one way; 'answered' and 'no_answer' must lead to the same node");
    }
    links.next(node, DialPorts.ANSWERED);
    return option;
  }
}
