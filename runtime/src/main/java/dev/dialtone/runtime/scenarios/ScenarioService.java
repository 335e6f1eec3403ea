package dev.dialtone.runtime.scenarios;

import dev.dialtone.flow.FlowCompiler;
import dev.dialtone.flow.ParseResult;
import dev.dialtone.flow.Problem;
import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.runtime.flows.FlowService;
import dev.dialtone.runtime.flows.FlowView;
import dev.dialtone.runtime.problems.InvalidInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A flow's scenarios: stored with its draft, exported and imported with it (the {@code scenarios}
 * field of the flow file), and run against the draft on the real engine.
 */
public class ScenarioService {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Set<String> RUN_FIELDS = Set.of("scenarios", "names");

  private final FlowService flows;
  private final FlowCompiler compiler;
  private final ScenarioRepository repository;
  private final ScenarioRunner runner;

  public ScenarioService(
      FlowService flows,
      FlowCompiler compiler,
      ScenarioRepository repository,
      ScenarioRunner runner) {
    this.flows = flows;
    this.compiler = compiler;
    this.repository = repository;
    this.runner = runner;
  }

  /** The stored list as JSON ({@code []} when there is none). */
  public String json(UUID flowId) {
    flows.stored(flowId);
    return repository.find(flowId).orElse("[]");
  }

  /** Replaces the stored list; a list with problems is refused with all of them, nothing stored. */
  public List<Scenario> save(UUID flowId, String scenariosJson, String user) {
    return save(flowId, scenariosJson, user, draft(flowId));
  }

  /** The same, checked against a working copy (the editor's, which may have unsaved nodes). */
  public List<Scenario> save(UUID flowId, String scenariosJson, String user, FlowDocument draft) {
    flows.stored(flowId);
    JsonNode list = parse(scenariosJson);
    List<Scenario> scenarios = read(list, draft);
    repository.save(flowId, list.toString(), user, Instant.now());
    return scenarios;
  }

  /**
   * Runs scenarios against the stored draft: those in {@code body} ({@code {"scenarios": [...]}}),
   * the stored ones named in it ({@code {"names": [...]}}), or, without a body, all stored ones.
   */
  public List<ScenarioResult> run(UUID flowId, String body) {
    return run(flowId, draft(flowId), body);
  }

  /** The same against a working copy that need not be saved (the editor's). */
  public List<ScenarioResult> run(UUID flowId, FlowDocument draft, String body) {
    List<Scenario> scenarios = chosen(flowId, draft, body);
    if (scenarios.isEmpty()) {
      throw InvalidInputException.of(
          "scenarios", "no_scenarios", "flow " + flowId + " has no scenarios to run");
    }
    return runner.run(flowId, draft, scenarios);
  }

  /** The flow file of the export: the stored document with its scenarios beside it. */
  public String exportJson(UUID flowId, String documentJson) {
    JsonNode list = JSON.readTree(repository.find(flowId).orElse("[]"));
    if (list.isEmpty()) {
      return documentJson; // a flow without scenarios exports exactly as it is stored
    }
    ObjectNode document = (ObjectNode) JSON.readTree(documentJson);
    document.set(FlowFile.SCENARIOS, list);
    return document.toPrettyString();
  }

  /**
   * Imports a flow file with its scenarios: the document and the scenarios are both checked before
   * anything is stored.
   */
  public FlowView importFlow(String fileJson, String user) {
    JsonNode root;
    try {
      root = JSON.readTree(fileJson == null ? "" : fileJson);
    } catch (JacksonException e) {
      return flows.importFlow(fileJson, user); // the compiler names what is wrong with the text
    }
    if (!(root instanceof ObjectNode object) || !object.has(FlowFile.SCENARIOS)) {
      return flows.importFlow(fileJson, user);
    }
    JsonNode list = object.remove(FlowFile.SCENARIOS);
    ParseResult parsed = compiler.parse(object.toString());
    if (!parsed.isAccepted()) {
      throw new InvalidInputException(parsed.problems());
    }
    read(list, parsed.document());
    FlowView imported = flows.importFlow(object.toString(), user);
    repository.save(imported.flow().id(), list.toString(), user, Instant.now());
    return imported;
  }

  private List<Scenario> chosen(UUID flowId, FlowDocument draft, String body) {
    if (body == null || body.isBlank()) {
      return read(JSON.readTree(json(flowId)), draft);
    }
    JsonNode request = parse(body);
    if (!request.isObject()) {
      throw InvalidInputException.of(
          null, "wrong_field_type", "the body must be an object with 'scenarios' or 'names'");
    }
    List<Problem> problems = new ArrayList<>();
    for (String field : request.propertyNames()) {
      if (!RUN_FIELDS.contains(field)) {
        problems.add(
            Problem.ofDocument(
                field,
                "unknown_field",
                "unknown field '" + field + "'; expected names, scenarios"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (request.has("scenarios")) {
      return read(request.get("scenarios"), draft);
    }
    return named(read(JSON.readTree(json(flowId)), draft), request.get("names"));
  }

  private static List<Scenario> named(List<Scenario> stored, JsonNode names) {
    if (names == null || !names.isArray()) {
      throw InvalidInputException.of("names", "wrong_field_type", "'names' must be a list");
    }
    List<Scenario> chosen = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i).asString();
      Scenario scenario =
          stored.stream()
              .filter(s -> s.name().equals(name))
              .findFirst()
              .orElseThrow(
                  () ->
                      InvalidInputException.of(
                          "names",
                          "unknown_scenario",
                          "the flow has no scenario named '" + name + "'"));
      chosen.add(scenario);
    }
    return chosen;
  }

  private List<Scenario> read(JsonNode list, FlowDocument draft) {
    ScenarioReader.Result read = new ScenarioReader().read(list, draft);
    if (!read.accepted()) {
      throw new InvalidInputException(read.problems());
    }
    return read.scenarios();
  }

  private FlowDocument draft(UUID flowId) {
    ParseResult parsed = compiler.parse(flows.stored(flowId).documentJson());
    if (!parsed.isAccepted()) {
      throw new InvalidInputException(parsed.problems());
    }
    return parsed.document();
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JacksonException e) {
      throw InvalidInputException.of(null, "not_json", "not valid JSON: " + e.getOriginalMessage());
    }
  }
}
