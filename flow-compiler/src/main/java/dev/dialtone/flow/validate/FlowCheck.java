package dev.dialtone.flow.validate;

import dev.dialtone.flow.Problem;
import java.util.List;

/** One rule of a valid flow. Checks collect problems; they never throw. */
interface FlowCheck {

  void check(FlowGraph graph, List<Problem> problems);

  static String node(String id) {
    return "node '" + id + "'";
  }
}
