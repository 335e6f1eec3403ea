package dev.dialtone.flow.lower;

import dev.dialtone.flow.Messages;
import dev.dialtone.flow.ProcessVariables;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.flow.nodes.DialPorts;
import dev.dialtone.flow.nodes.NodeType;
import java.util.List;

/**
 * What the dialing nodes (groupcall, connect) become: a service task whose worker starts dialing
 * and completes at once, a message catch event that waits for {@link Messages#BRIDGE_ENDED} of this
 * call, and a gateway on {@link ProcessVariables#DIAL_OUTCOME} to the two ports. No job is held
 * while people ring or talk, so a bridge may outlast any job timeout.
 */
final class DialTasks {

  private DialTasks() {}

  static Fragment dialThenWait(FlowNode node, NodeType type) {
    String wait = node.id() + "__bridge_ended";
    String outcome = node.id() + "__outcome";
    List<Element> elements =
        List.of(
            ActionTasks.task(node, type),
            new Element.MessageCatch(
                wait, "dialing over", Messages.BRIDGE_ENDED, "=" + ProcessVariables.CALL_ID),
            new Element.ExclusiveGateway(outcome, "answered?", null));
    List<Flow> flows =
        List.of(
            Flow.plain(node.id() + "__dialing", node.id(), wait),
            Flow.plain(node.id() + "__waited", wait, outcome));
    String answered =
        "= " + ProcessVariables.DIAL_OUTCOME + " = " + Feel.string(DialPorts.ANSWERED);
    List<Exit> exits =
        List.of(
            new Exit(
                DialPorts.ANSWERED,
                outcome,
                node.id() + "__" + DialPorts.ANSWERED,
                DialPorts.ANSWERED,
                answered,
                false),
            new Exit(
                DialPorts.NO_ANSWER,
                outcome,
                node.id() + "__" + DialPorts.NO_ANSWER,
                DialPorts.NO_ANSWER,
                null,
                true));
    return new Fragment(node, elements, flows, exits);
  }
}
