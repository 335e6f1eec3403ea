package dev.dialtone.runtime.legs;

import java.util.Map;

/**
 * What the runtime needs to know of a flow's graph while calls run it: where it starts, and each
 * node's type (jobs of nodes Zeebe runs itself, like branch, carry only their element id).
 */
public record FlowShape(String startNodeId, Map<String, String> nodeTypes) {

  public FlowShape {
    nodeTypes = Map.copyOf(nodeTypes);
  }

  public String typeOf(String nodeId, String fallback) {
    return nodeTypes.getOrDefault(nodeId, fallback);
  }
}
