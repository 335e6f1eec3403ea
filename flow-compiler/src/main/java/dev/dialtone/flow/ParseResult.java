package dev.dialtone.flow;

import dev.dialtone.flow.model.FlowDocument;
import java.util.List;

/**
 * What {@link FlowCompiler#parse} found: either a document and no problems, or no document and the
 * reasons it was rejected.
 */
public record ParseResult(FlowDocument document, List<Problem> problems) {

  public ParseResult {
    problems = List.copyOf(problems);
    if ((document == null) == problems.isEmpty()) {
      throw new IllegalArgumentException("either a document or problems, not both nor neither");
    }
  }

  public static ParseResult accepted(FlowDocument document) {
    return new ParseResult(document, List.of());
  }

  public static ParseResult rejected(List<Problem> problems) {
    return new ParseResult(null, problems);
  }

  public boolean isAccepted() {
    return document != null;
  }
}
