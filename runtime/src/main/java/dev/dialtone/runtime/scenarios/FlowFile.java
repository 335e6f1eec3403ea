package dev.dialtone.runtime.scenarios;

import dev.dialtone.flow.FlowCompiler;
import dev.dialtone.flow.ParseResult;
import dev.dialtone.flow.Problem;
import dev.dialtone.flow.model.FlowDocument;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A flow as Dialtone exports it: the flow document with its scenarios beside the nodes and edges
 * ({@code "scenarios": [...]}). The compiler reads the document, this class the scenarios.
 *
 * @param document the flow, or null when it has problems
 * @param scenarios its scenarios (empty when there are problems)
 * @param problems what stops the file, flow and scenarios alike
 */
public record FlowFile(FlowDocument document, List<Scenario> scenarios, List<Problem> problems) {

  public static final String SCENARIOS = "scenarios";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * Reads an exported flow file: the document must parse and validate, and so must its scenarios.
   */
  public static FlowFile read(String json, FlowCompiler compiler) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JacksonException e) {
      return rejected(
          Problem.ofDocument(null, "not_json", "not valid JSON: " + e.getOriginalMessage()));
    }
    if (!(root instanceof ObjectNode object)) {
      return rejected(Problem.ofDocument(null, "not_json", "expected a JSON object"));
    }
    JsonNode scenarios = object.remove(SCENARIOS);
    ParseResult parsed = compiler.parse(object.toString());
    if (!parsed.isAccepted()) {
      return new FlowFile(null, List.of(), parsed.problems());
    }
    List<Problem> problems = new ArrayList<>(compiler.validate(parsed.document()));
    ScenarioReader.Result read = new ScenarioReader().read(scenarios, parsed.document());
    problems.addAll(read.problems());
    return new FlowFile(
        problems.isEmpty() ? parsed.document() : null,
        problems.isEmpty() ? read.scenarios() : List.of(),
        List.copyOf(problems));
  }

  private static FlowFile rejected(Problem problem) {
    return new FlowFile(null, List.of(), List.of(problem));
  }
}
