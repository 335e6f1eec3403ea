package dev.dialtone.flow;

/** Custom headers on every service task the compiler emits. */
public final class TaskHeaders {

  /** The flow node id the task was compiled from. */
  public static final String NODE_ID = "dialtone.node_id";

  /** The flow node type, e.g. {@code talk}. */
  public static final String NODE_TYPE = "dialtone.node_type";

  /**
   * The node's effective options as a JSON object string with snake_case keys as in the document;
   * options the document leaves out are present with their defaults, so workers need not know them.
   */
  public static final String OPTIONS = "dialtone.options";

  private TaskHeaders() {}
}
