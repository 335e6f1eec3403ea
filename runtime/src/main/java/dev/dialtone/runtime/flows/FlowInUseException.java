package dev.dialtone.runtime.flows;

import java.util.UUID;

/** A flow cannot be deleted while numbers route to it; unassign them first. */
public class FlowInUseException extends RuntimeException {

  public FlowInUseException(UUID flowId, Throwable cause) {
    super("Flow " + flowId + " still has numbers assigned", cause);
  }
}
