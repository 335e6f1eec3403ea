package dev.dialtone.flow.lower;

import dev.dialtone.flow.JobTypes;
import dev.dialtone.flow.TaskHeaders;
import dev.dialtone.flow.json.OptionsJson;
import dev.dialtone.flow.model.FlowEdge;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.flow.nodes.NodeType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The service task every action node (talk, play, digits, hangup…) becomes: job type {@code
 * dialtone.<type>}, and headers that tell the worker which node it runs with which options.
 */
final class ActionTasks {

  private ActionTasks() {}

  static Element.ServiceTask task(FlowNode node, NodeType type) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(TaskHeaders.NODE_ID, node.id());
    headers.put(TaskHeaders.NODE_TYPE, type.name());
    headers.put(TaskHeaders.OPTIONS, OptionsJson.write(type.effectiveOptions(node)));
    return new Element.ServiceTask(
        node.id(), node.id(), JobTypes.routed(JobTypes.forNodeType(type.name())), headers);
  }

  /** A task that continues by {@code next}. */
  static Fragment withNext(FlowNode node, NodeType type) {
    return Fragment.of(
        node, task(node, type), List.of(Exit.of(node.id(), FlowEdge.NEXT, node.id())));
  }
}
