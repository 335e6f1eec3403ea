package dev.dialtone.flow.lower;

import dev.dialtone.flow.JobTypes;
import dev.dialtone.flow.TaskHeaders;
import dev.dialtone.flow.json.OptionsJson;
import dev.dialtone.flow.model.FlowEdge;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.flow.nodes.NodeType;
import java.util.ArrayList;
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

  /**
   * A task that continues by {@code completedPort} when its job completes, and by each of {@code
   * errorPorts} when the worker throws the BPMN error of that port (see {@link
   * JobTypes#errorCode}). The job ends either way, so no job stays open while the outcome is
   * awaited elsewhere.
   */
  static Fragment withOutcomes(
      FlowNode node, NodeType type, String completedPort, List<String> errorPorts) {
    List<Element> elements = new ArrayList<>();
    List<Exit> exits = new ArrayList<>();
    elements.add(task(node, type));
    exits.add(Exit.of(node.id(), completedPort, node.id()));
    for (String port : errorPorts) {
      String boundary = node.id() + "__" + port + "__caught";
      elements.add(new Element.ErrorBoundary(boundary, port, node.id(), JobTypes.errorCode(port)));
      exits.add(Exit.of(node.id(), port, boundary));
    }
    return new Fragment(node, elements, List.of(), exits);
  }

  /** A task that continues by {@code next}. */
  static Fragment withNext(FlowNode node, NodeType type) {
    return Fragment.of(
        node, task(node, type), List.of(Exit.of(node.id(), FlowEdge.NEXT, node.id())));
  }
}
