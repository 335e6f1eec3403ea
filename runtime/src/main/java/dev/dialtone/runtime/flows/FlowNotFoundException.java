package dev.dialtone.runtime.flows;

import java.util.UUID;

/**
 * Thrown where a missing flow is a caller's mistake rather than an expected outcome (publishing).
 */
public class FlowNotFoundException extends RuntimeException {

  public FlowNotFoundException(UUID flowId, Throwable cause) {
    super("No flow " + flowId, cause);
  }
}
