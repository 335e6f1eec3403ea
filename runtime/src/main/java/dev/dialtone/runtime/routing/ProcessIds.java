package dev.dialtone.runtime.routing;

import java.util.UUID;

/** Zeebe process ids: one for a flow's published versions, one for the draft its test calls run. */
public final class ProcessIds {

  private ProcessIds() {}

  public static String published(UUID flowId) {
    return "flow-" + flowId;
  }

  public static String draft(UUID flowId) {
    return "draft-" + flowId;
  }
}
