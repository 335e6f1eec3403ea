package dev.dialtone.flow;

/**
 * The stable codes of {@link Problem}. Clients switch on these strings, so a code is never renamed;
 * add new ones instead.
 */
public final class ProblemCodes {

  // Parse (boundary) problems: the document is rejected.
  public static final String NOT_JSON = "not_json";
  public static final String WRONG_FORMAT = "wrong_format";
  public static final String UNKNOWN_FIELD = "unknown_field";
  public static final String TOO_MANY_ITEMS = "too_many_items";
  public static final String MISSING_FIELD = "missing_field";
  public static final String WRONG_FIELD_TYPE = "wrong_field_type";
  public static final String INVALID_NODE_ID = "invalid_node_id";
  public static final String DUPLICATE_NODE_ID = "duplicate_node_id";
  public static final String UNKNOWN_NODE_TYPE = "unknown_node_type";
  public static final String UNKNOWN_OPTION = "unknown_option";
  public static final String WRONG_OPTION_TYPE = "wrong_option_type";

  // Validation problems: a draft may still have them; it cannot be compiled.
  public static final String INVALID_NAME = "invalid_name";
  public static final String RESERVED_NODE_ID = "reserved_node_id";
  public static final String NO_START = "no_start";
  public static final String SEVERAL_STARTS = "several_starts";
  public static final String EDGE_FROM_MISSING_NODE = "edge_from_missing_node";
  public static final String EDGE_TO_MISSING_NODE = "edge_to_missing_node";
  public static final String EDGE_TO_START = "edge_to_start";
  public static final String UNKNOWN_PORT = "unknown_port";
  public static final String DUPLICATE_PORT_EDGE = "duplicate_port_edge";
  public static final String PORT_WITHOUT_EDGE = "port_without_edge";
  public static final String UNREACHABLE_NODE = "unreachable_node";
  public static final String LOOP_WITHOUT_ACTION = "loop_without_action";
  public static final String BRANCH_WITHOUT_DEFAULT = "branch_without_default";
  public static final String GOTO_WITHOUT_COUNT = "goto_without_count";
  public static final String GOTO_WITHOUT_LOOP = "goto_without_loop";
  public static final String MISSING_OPTION = "missing_option";
  public static final String INVALID_OPTION_VALUE = "invalid_option_value";

  private ProblemCodes() {}
}
