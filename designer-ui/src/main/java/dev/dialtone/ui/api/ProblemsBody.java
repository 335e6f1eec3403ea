package dev.dialtone.ui.api;

import dev.dialtone.flow.Problem;
import java.util.List;

/**
 * The body of every error answer: {@code {"problems": [{"node_id", "field", "code", "message"}]}}.
 */
public record ProblemsBody(List<Problem> problems) {

  public static ProblemsBody of(String code, String message) {
    return new ProblemsBody(List.of(new Problem(null, null, code, message)));
  }

  public static ProblemsBody ofField(String field, String code, String message) {
    return new ProblemsBody(List.of(new Problem(null, field, code, message)));
  }
}
