package dev.dialtone.flow.json.voipbin;

import dev.dialtone.flow.model.FlowNode;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * One VoIPBIN action type and the Dialtone node type it maps to, both ways. One implementation per
 * action type, registered in {@link VoipbinActions}.
 */
interface VoipbinAction {

  /** The VoIPBIN {@code type}, e.g. {@code digits_receive}. */
  String actionType();

  /** The Dialtone node type, e.g. {@code digits}. */
  String nodeType();

  /** The option fields this mapping understands; any other is reported, never dropped. */
  Set<String> optionNames();

  /** Adds the node (and its wires) for the action being read. */
  void read(ActionReader action);

  /** The {@code option} object for a node of {@link #nodeType()}; jumps through {@code links}. */
  ObjectNode write(FlowNode node, ActionLinks links);
}
