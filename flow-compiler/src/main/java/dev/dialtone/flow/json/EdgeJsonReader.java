package dev.dialtone.flow.json;

import static dev.dialtone.flow.ProblemCodes.MISSING_FIELD;
import static dev.dialtone.flow.ProblemCodes.UNKNOWN_FIELD;
import static dev.dialtone.flow.ProblemCodes.WRONG_FIELD_TYPE;

import dev.dialtone.flow.Problem;
import dev.dialtone.flow.model.FlowEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Reads {@code edges[]}; whether the ends exist is a validation matter. */
final class EdgeJsonReader {

  private static final Set<String> FIELDS = Set.of("from", "port", "to");

  List<FlowEdge> readAll(List<JsonNode> items, List<Problem> problems) {
    List<FlowEdge> edges = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      FlowEdge edge = read(items.get(i), "edges[" + i + "]", problems);
      if (edge != null) {
        edges.add(edge);
      }
    }
    return edges;
  }

  private static FlowEdge read(JsonNode item, String where, List<Problem> problems) {
    if (!item.isObject()) {
      problems.add(
          Problem.ofDocument(
              where, WRONG_FIELD_TYPE, where + " must be an object, got " + Json.kind(item)));
      return null;
    }
    JsonNode fromNode = item.get("from");
    String from = fromNode != null && fromNode.isString() ? fromNode.stringValue() : null;
    if (from != null) {
      where += " (from '" + from + "')";
    }
    int before = problems.size();
    String to = end(item, "to", from, where, problems);
    end(item, "from", null, where, problems);
    JsonNode port = item.get("port");
    if (port != null && !port.isString()) {
      problems.add(
          Problem.ofNode(
              from,
              "port",
              WRONG_FIELD_TYPE,
              where + ": 'port' must be a string, got " + Json.show(port)));
    }
    for (String field : item.propertyNames()) {
      if (!FIELDS.contains(field)) {
        problems.add(
            Problem.ofNode(
                from,
                field,
                UNKNOWN_FIELD,
                where + ": unknown field '" + field + "'; expected from, port, to"));
      }
    }
    return problems.size() == before
        ? new FlowEdge(from, port == null ? null : port.stringValue(), to)
        : null;
  }

  private static String end(
      JsonNode item, String field, String from, String where, List<Problem> problems) {
    JsonNode value = item.get(field);
    if (value == null) {
      problems.add(Problem.ofNode(from, field, MISSING_FIELD, where + ": missing '" + field + "'"));
      return null;
    }
    if (!value.isString()) {
      problems.add(
          Problem.ofNode(
              from,
              field,
              WRONG_FIELD_TYPE,
              where + ": '" + field + "' must be a node id string, got " + Json.show(value)));
      return null;
    }
    return value.stringValue();
  }
}
