package dev.dialtone.ui.flows;

import dev.dialtone.flow.FlowCompiler;
import dev.dialtone.flow.Problem;
import dev.dialtone.flow.model.FlowDocument;
import java.util.List;

/**
 * Changes to a whole document that the flow list offers (rename, duplicate). The name is checked by
 * the compiler's own rule, so the dialog refuses exactly what publishing would.
 */
final class FlowDocuments {

  private final FlowCompiler compiler;

  FlowDocuments(FlowCompiler compiler) {
    this.compiler = compiler;
  }

  static FlowDocument named(FlowDocument document, String name) {
    return new FlowDocument(document.format(), name, document.nodes(), document.edges());
  }

  /** "Copy of Main menu", shortened so the copy's name is still allowed. */
  static String copyName(String name) {
    String copy = "Copy of " + name;
    return copy.length() <= FlowDocument.MAX_NAME_LENGTH
        ? copy
        : copy.substring(0, FlowDocument.MAX_NAME_LENGTH);
  }

  /** What is wrong with the name alone (graph problems of a draft are allowed to stay). */
  List<Problem> nameProblems(FlowDocument document) {
    return compiler.validate(document).stream()
        .filter(problem -> problem.nodeId() == null && "name".equals(problem.field()))
        .toList();
  }

  String json(FlowDocument document) {
    return compiler.toJson(document);
  }

  /** A file name for the exported document, from the flow's name. */
  static String fileName(String flowName) {
    String base = flowName.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
    return (base.isEmpty() ? "flow" : base) + ".dialtone.json";
  }
}
