package dev.dialtone.flow.nodes;

import dev.dialtone.flow.Problem;
import dev.dialtone.flow.ProblemCodes;
import dev.dialtone.flow.model.FlowNode;

/**
 * The problems a node type's own checks ({@link NodeType#check}) report, worded one way for every
 * type: {@code node 'x': option 'y' <what>}, marked on the node and the option.
 */
public final class OptionProblems {

  private OptionProblems() {}

  /** An option value the declared rules let through but the type cannot use. */
  public static Problem invalid(FlowNode node, String option, String what) {
    return of(node, option, ProblemCodes.INVALID_OPTION_VALUE, what);
  }

  public static Problem of(FlowNode node, String option, String code, String what) {
    return Problem.ofNode(
        node.id(), option, code, "node '" + node.id() + "': option '" + option + "' " + what);
  }
}
