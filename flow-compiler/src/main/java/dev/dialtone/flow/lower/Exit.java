package dev.dialtone.flow.lower;

import dev.dialtone.flow.model.FlowEdge;

/**
 * Where a port of a lowered node leaves from: the element, and what the outgoing sequence flow
 * carries. The edge in the document supplies the target.
 */
public record Exit(
    String port, String source, String flowId, String label, String condition, boolean isDefault) {

  /**
   * An unconditional exit whose flow is {@code <nodeId>__<port>}; labelled unless it is the
   * ordinary {@code next}.
   */
  public static Exit of(String nodeId, String port, String source) {
    String label = port.equals(FlowEdge.NEXT) ? null : port;
    return new Exit(port, source, nodeId + "__" + port, label, null, false);
  }

  public Flow to(String target) {
    return new Flow(flowId, label, source, target, condition, isDefault);
  }
}
