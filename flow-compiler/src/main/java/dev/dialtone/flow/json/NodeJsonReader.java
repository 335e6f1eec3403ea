package dev.dialtone.flow.json;

import static dev.dialtone.flow.ProblemCodes.DUPLICATE_NODE_ID;
import static dev.dialtone.flow.ProblemCodes.INVALID_NODE_ID;
import static dev.dialtone.flow.ProblemCodes.MISSING_FIELD;
import static dev.dialtone.flow.ProblemCodes.UNKNOWN_FIELD;
import static dev.dialtone.flow.ProblemCodes.UNKNOWN_NODE_TYPE;
import static dev.dialtone.flow.ProblemCodes.WRONG_FIELD_TYPE;

import dev.dialtone.flow.Problem;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.flow.nodes.NodeCatalogue;
import dev.dialtone.flow.nodes.NodeType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Reads {@code nodes[]}: ids, types, positions, and options type-checked against the catalogue. */
final class NodeJsonReader {

  private static final Set<String> FIELDS = Set.of("id", "type", "x", "y", "options");

  private final NodeCatalogue catalogue;
  private final OptionJsonReader optionReader = new OptionJsonReader();

  NodeJsonReader(NodeCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  List<FlowNode> readAll(List<JsonNode> items, List<Problem> problems) {
    List<FlowNode> nodes = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      String where = "nodes[" + i + "]";
      FlowNode node = read(items.get(i), where, problems);
      if (node != null && !ids.add(node.id())) {
        problems.add(
            Problem.ofNode(
                node.id(),
                "id",
                DUPLICATE_NODE_ID,
                where + ": node id '" + node.id() + "' is used by an earlier node"));
      } else if (node != null) {
        nodes.add(node);
      }
    }
    return nodes;
  }

  private FlowNode read(JsonNode item, String where, List<Problem> problems) {
    if (!item.isObject()) {
      problems.add(
          Problem.ofDocument(
              where, WRONG_FIELD_TYPE, where + " must be an object, got " + Json.kind(item)));
      return null;
    }
    int before = problems.size();
    String id = readId(item, where, problems);
    String label = id == null ? where : "node '" + id + "'";
    NodeType type = readType(item, id, label, problems);
    Integer x = readPosition(item, "x", id, label, problems);
    Integer y = readPosition(item, "y", id, label, problems);
    Map<String, Object> options = optionReader.read(item.get("options"), type, id, label, problems);
    for (String field : item.propertyNames()) {
      if (!FIELDS.contains(field)) {
        problems.add(
            Problem.ofNode(
                id,
                field,
                UNKNOWN_FIELD,
                label + ": unknown field '" + field + "'; expected id, type, x, y, options"));
      }
    }
    return problems.size() == before ? new FlowNode(id, type.name(), x, y, options) : null;
  }

  private static String readId(JsonNode item, String where, List<Problem> problems) {
    JsonNode id = item.get("id");
    if (id == null) {
      problems.add(Problem.ofDocument("id", MISSING_FIELD, where + ": missing 'id'"));
    } else if (!id.isString() || !FlowNode.ID_PATTERN.matcher(id.stringValue()).matches()) {
      problems.add(
          Problem.ofDocument(
              "id",
              INVALID_NODE_ID,
              where
                  + ": 'id' must be 1-64 letters, digits, _ or -, starting with a letter or _, got "
                  + Json.show(id)));
    } else {
      return id.stringValue();
    }
    return null;
  }

  private NodeType readType(JsonNode item, String id, String label, List<Problem> problems) {
    JsonNode type = item.get("type");
    if (type == null) {
      problems.add(Problem.ofNode(id, "type", MISSING_FIELD, label + ": missing 'type'"));
      return null;
    }
    NodeType known = type.isString() ? catalogue.find(type.stringValue()).orElse(null) : null;
    if (known == null) {
      problems.add(
          Problem.ofNode(
              id,
              "type",
              UNKNOWN_NODE_TYPE,
              label
                  + ": unknown node type "
                  + Json.show(type)
                  + "; known types are "
                  + String.join(", ", catalogue.names())));
    }
    return known;
  }

  private static Integer readPosition(
      JsonNode item, String field, String id, String label, List<Problem> problems) {
    JsonNode value = item.get(field);
    if (value == null) {
      return null;
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      problems.add(
          Problem.ofNode(
              id,
              field,
              WRONG_FIELD_TYPE,
              label + ": '" + field + "' must be an integer, got " + Json.show(value)));
      return null;
    }
    return value.intValue();
  }
}
