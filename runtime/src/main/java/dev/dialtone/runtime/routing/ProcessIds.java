package dev.dialtone.runtime.routing;

/** Zeebe process ids: one for a flow's published versions, one for the draft its test calls run. */
public final class ProcessIds {

  private ProcessIds() {}

  public static String published(String flowId) {
    return "flow-" + flowId;
  }

  public static String draft(String flowId) {
    return "draft-" + flowId;
  }
}
