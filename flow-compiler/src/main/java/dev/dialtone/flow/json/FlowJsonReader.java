package dev.dialtone.flow.json;

import static dev.dialtone.flow.ProblemCodes.MISSING_FIELD;
import static dev.dialtone.flow.ProblemCodes.NOT_JSON;
import static dev.dialtone.flow.ProblemCodes.TOO_MANY_ITEMS;
import static dev.dialtone.flow.ProblemCodes.UNKNOWN_FIELD;
import static dev.dialtone.flow.ProblemCodes.WRONG_FIELD_TYPE;
import static dev.dialtone.flow.ProblemCodes.WRONG_FORMAT;

import dev.dialtone.flow.ParseResult;
import dev.dialtone.flow.Problem;
import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.flow.model.FlowEdge;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.flow.nodes.NodeCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;

/**
 * Reads native JSON at the boundary: every structural or type problem is collected, and only a
 * document without any becomes a {@link FlowDocument}. Graph rules are left to validation, so a
 * half-drawn draft still parses.
 */
public final class FlowJsonReader {

  private static final Set<String> FIELDS = Set.of("format", "name", "nodes", "edges");

  /**
   * At most this many nodes per flow (and four times as many edges): far above any call flow a
   * person draws, and low enough that validating, compiling and drawing one stays cheap.
   */
  public static final int MAX_NODES = 2_000;

  public static final int MAX_EDGES = 4 * MAX_NODES;

  private final NodeJsonReader nodeReader;
  private final EdgeJsonReader edgeReader = new EdgeJsonReader();

  public FlowJsonReader(NodeCatalogue catalogue) {
    this.nodeReader = new NodeJsonReader(catalogue);
  }

  public ParseResult read(String json) {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(json == null ? "" : json);
    } catch (JacksonException e) {
      return ParseResult.rejected(
          List.of(
              Problem.ofDocument(
                  null,
                  NOT_JSON,
                  // Jackson's own wording for its limits names its internals
                  // (StreamReadConstraints…)
                  e instanceof StreamConstraintsException
                      ? "not valid JSON: the document is too large or too deeply nested"
                      : JsonSyntaxMessages.of(e))));
    }
    if (root == null || !root.isObject()) {
      String got = root == null || root.isMissingNode() ? "nothing" : Json.kind(root);
      return ParseResult.rejected(
          List.of(Problem.ofDocument(null, NOT_JSON, "expected a JSON object, got " + got)));
    }
    List<Problem> problems = new ArrayList<>();
    String format = readFormat(root, problems);
    String name = readName(root, problems);
    for (String field : root.propertyNames()) {
      if (!FIELDS.contains(field)) {
        problems.add(
            Problem.ofDocument(
                field,
                UNKNOWN_FIELD,
                "unknown field '"
                    + field
                    + "'; expected "
                    + String.join(", ", FIELDS.stream().sorted().toList())));
      }
    }
    List<FlowNode> nodes = nodeReader.readAll(list(root, "nodes", MAX_NODES, problems), problems);
    List<FlowEdge> edges = edgeReader.readAll(list(root, "edges", MAX_EDGES, problems), problems);
    return problems.isEmpty()
        ? ParseResult.accepted(new FlowDocument(format, name, nodes, edges))
        : ParseResult.rejected(problems);
  }

  private static String readFormat(JsonNode root, List<Problem> problems) {
    JsonNode format = root.get("format");
    if (format == null) {
      problems.add(
          Problem.ofDocument(
              "format",
              WRONG_FORMAT,
              "missing 'format'; expected \"" + FlowDocument.FORMAT + "\""));
      return null;
    }
    if (!format.isString() || !format.stringValue().equals(FlowDocument.FORMAT)) {
      problems.add(
          Problem.ofDocument(
              "format",
              WRONG_FORMAT,
              "'format' must be \"" + FlowDocument.FORMAT + "\", got " + Json.show(format)));
      return null;
    }
    return format.stringValue();
  }

  private static String readName(JsonNode root, List<Problem> problems) {
    JsonNode name = root.get("name");
    if (name == null) {
      problems.add(Problem.ofDocument("name", MISSING_FIELD, "missing 'name'"));
      return null;
    }
    if (!name.isString()) {
      problems.add(
          Problem.ofDocument(
              "name", WRONG_FIELD_TYPE, "'name' must be a string, got " + Json.show(name)));
      return null;
    }
    return name.stringValue();
  }

  // Absent lists read as empty: a new flow starts without nodes or edges.
  private static List<JsonNode> list(JsonNode root, String field, int max, List<Problem> problems) {
    JsonNode value = root.get(field);
    if (value == null) {
      return List.of();
    }
    if (!value.isArray()) {
      problems.add(
          Problem.ofDocument(
              field, WRONG_FIELD_TYPE, "'" + field + "' must be a list, got " + Json.kind(value)));
      return List.of();
    }
    if (value.size() > max) {
      // reading them all would cost what the cap exists to avoid, and list as many problems
      problems.add(
          Problem.ofDocument(
              field,
              TOO_MANY_ITEMS,
              "a flow may have at most " + max + " " + field + "; this one has " + value.size()));
      return List.of();
    }
    List<JsonNode> items = new ArrayList<>();
    value.forEach(items::add);
    return items;
  }
}
