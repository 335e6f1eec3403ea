package dev.dialtone.flow.validate;

import static dev.dialtone.flow.ProblemCodes.INVALID_NAME;
import static dev.dialtone.flow.ProblemCodes.WRONG_FORMAT;

import dev.dialtone.flow.Problem;
import dev.dialtone.flow.model.FlowDocument;
import java.util.List;

/** The document's own fields: format and name. */
final class DocumentCheck implements FlowCheck {

  @Override
  public void check(FlowGraph graph, List<Problem> problems) {
    FlowDocument document = graph.document();
    if (!FlowDocument.FORMAT.equals(document.format())) {
      problems.add(
          Problem.ofDocument(
              "format",
              WRONG_FORMAT,
              "'format' must be \""
                  + FlowDocument.FORMAT
                  + "\", got \""
                  + document.format()
                  + "\""));
    }
    String name = document.name();
    if (name == null || name.isBlank()) {
      problems.add(Problem.ofDocument("name", INVALID_NAME, "the flow needs a name"));
    } else if (name.length() > FlowDocument.MAX_NAME_LENGTH) {
      problems.add(
          Problem.ofDocument(
              "name",
              INVALID_NAME,
              "the flow name must be at most "
                  + FlowDocument.MAX_NAME_LENGTH
                  + " characters, got "
                  + name.length()));
    }
  }
}
