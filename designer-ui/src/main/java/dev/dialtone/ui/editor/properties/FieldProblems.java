package dev.dialtone.ui.editor.properties;

import dev.dialtone.flow.Problem;
import dev.dialtone.ui.common.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The compiler's problems about one node, sorted to where the panel shows them: by the field they
 * name ({@code id} or an option), the rest (no field, a port, an option the type does not have) in
 * a list above the fields. Beside its field a message need not name the node and option again.
 *
 * @param byField field name to message; several problems on one field are joined
 * @param others messages for the list above the fields
 */
record FieldProblems(Map<String, String> byField, List<String> others) {

  static final FieldProblems NONE = new FieldProblems(Map.of(), List.of());

  static FieldProblems of(List<Problem> problems, String nodeId, Set<String> fields) {
    Map<String, String> byField = new LinkedHashMap<>();
    List<String> others = new ArrayList<>();
    for (Problem problem : problems) {
      if (!Objects.equals(problem.nodeId(), nodeId)) {
        continue;
      }
      if (problem.field() != null && fields.contains(problem.field())) {
        byField.merge(problem.field(), beside(problem), (a, b) -> a + "; " + b);
      } else {
        others.add(Messages.sentence(withoutPrefix(problem.message(), node(nodeId))));
      }
    }
    return new FieldProblems(Map.copyOf(byField), List.copyOf(others));
  }

  /** The message for this field, or null when it has none. */
  String of(String field) {
    return byField.get(field);
  }

  // "node 'ask': option 'max_digits' must be at least 1, got 0" → "Must be at least 1, got 0"
  private static String beside(Problem problem) {
    String message = withoutPrefix(problem.message(), node(problem.nodeId()));
    message = withoutPrefix(message, "option '" + problem.field() + "' ");
    return Messages.sentence(message);
  }

  private static String node(String nodeId) {
    return "node '" + nodeId + "': ";
  }

  private static String withoutPrefix(String message, String prefix) {
    return message.startsWith(prefix) && message.length() > prefix.length()
        ? message.substring(prefix.length())
        : message;
  }
}
