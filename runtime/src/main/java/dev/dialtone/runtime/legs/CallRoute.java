package dev.dialtone.runtime.legs;

import java.util.UUID;

/**
 * Which process a call runs.
 *
 * @param flowVersion the published version, or null for a draft run by a test call
 * @param startNodeId the flow's start node, recorded as the first step of the trace
 */
public record CallRoute(
    UUID flowId, Integer flowVersion, long processDefinitionKey, String startNodeId) {

  public boolean draft() {
    return flowVersion == null;
  }
}
