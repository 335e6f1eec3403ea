package dev.dialtone.runtime.problems;

import dev.dialtone.flow.Problem;
import java.util.List;

/** Input that cannot be accepted as it is; nothing was stored. Each problem names what is wrong. */
public class InvalidInputException extends RuntimeException {

  private final List<Problem> problems;

  public InvalidInputException(List<Problem> problems) {
    super(problems.isEmpty() ? "invalid input" : problems.getFirst().message());
    this.problems = List.copyOf(problems);
  }

  public static InvalidInputException of(String field, String code, String message) {
    return new InvalidInputException(List.of(new Problem(null, field, code, message)));
  }

  public List<Problem> problems() {
    return problems;
  }
}
