package dev.dialtone.ui.api;

import dev.dialtone.flow.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of every error answer: {@code {"problems": [...]}} with {@code node_id}, {@code field},
 * {@code code} and {@code message} each.
 */
public record ProblemsBody(List<Problem> problems) {

  /** One answer lists at most this many problems, then says how many more there are. */
  public static final int MAX_PROBLEMS = 100;

  public static ProblemsBody of(String code, String message) {
    return new ProblemsBody(List.of(new Problem(null, null, code, message)));
  }

  public static ProblemsBody ofField(String field, String code, String message) {
    return new ProblemsBody(List.of(new Problem(null, field, code, message)));
  }

  /** The first {@link #MAX_PROBLEMS}, and a last one saying how many were left out. */
  public static ProblemsBody capped(List<Problem> problems) {
    return new ProblemsBody(cap(problems));
  }

  public static List<Problem> cap(List<Problem> problems) {
    if (problems.size() <= MAX_PROBLEMS) {
      return problems;
    }
    List<Problem> first = new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
    first.add(
        new Problem(
            null,
            null,
            "more_problems",
            "and " + (problems.size() - MAX_PROBLEMS) + " more problems"));
    return first;
  }
}
