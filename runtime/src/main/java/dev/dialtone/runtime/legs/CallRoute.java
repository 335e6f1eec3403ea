package dev.dialtone.runtime.legs;

import java.util.UUID;

/**
 * Which process a call runs.
 *
 * @param flowVersion the published version, or null for a draft run by a test call
 * @param shape the flow's start node and node types, for the trace
 */
public record CallRoute(
    UUID flowId, Integer flowVersion, long processDefinitionKey, FlowShape shape) {

  public boolean draft() {
    return flowVersion == null;
  }
}
