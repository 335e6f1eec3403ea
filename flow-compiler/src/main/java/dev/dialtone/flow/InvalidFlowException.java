package dev.dialtone.flow;

import java.util.List;

/** Thrown by {@link FlowCompiler#compile} when the document still has validation problems. */
public class InvalidFlowException extends RuntimeException {

  private final transient List<Problem> problems;

  public InvalidFlowException(List<Problem> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }

  private static String summary(List<Problem> problems) {
    String first = problems.isEmpty() ? "" : ": " + problems.get(0).message();
    return "flow has " + problems.size() + " problem(s)" + first;
  }
}
