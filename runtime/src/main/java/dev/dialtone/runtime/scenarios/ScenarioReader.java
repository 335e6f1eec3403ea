package dev.dialtone.runtime.scenarios;

import dev.dialtone.flow.Problem;
import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.telephony.sim.VirtualPhone;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Reads scenarios from JSON and checks them against the flow they test. Every problem is collected
 * and names the scenario, the step and the field ({@code scenarios[0].caller[1].press}); only a
 * list without any problem is accepted.
 */
public final class ScenarioReader {

  public static final int MAX_SCENARIOS = 500;
  public static final int MAX_STEPS = 100;
  public static final long MAX_CALL_MS = 10 * 60_000;

  private static final Pattern KEYS = Pattern.compile("[0-9*#A-D]{1,32}");
  private static final Set<String> SCENARIO_FIELDS =
      Set.of("name", "caller", "expect", "max_ms", "phones");
  private static final Set<String> STEP_FIELDS =
      Set.of("press", "hang_up", "hang_up_after_ms", "at", "visit", "after_ms");
  private static final Set<String> EXPECT_FIELDS = Set.of("heard", "path", "hangup_by");

  /** The scenarios, or the problems that stop them. */
  public record Result(List<Scenario> scenarios, List<Problem> problems) {

    public boolean accepted() {
      return problems.isEmpty();
    }
  }

  /**
   * @param list a JSON array of scenarios (null or missing: none)
   * @param flow the flow they test: node ids they name must exist in it
   */
  public Result read(JsonNode list, FlowDocument flow) {
    List<Problem> problems = new ArrayList<>();
    List<Scenario> scenarios = new ArrayList<>();
    if (list == null || list.isNull() || list.isMissingNode()) {
      return new Result(List.of(), List.of());
    }
    if (!list.isArray()) {
      problems.add(problem("scenarios", "wrong_field_type", "'scenarios' must be a list"));
      return new Result(List.of(), problems);
    }
    if (list.size() > MAX_SCENARIOS) {
      problems.add(
          problem(
              "scenarios",
              "too_many_items",
              "a flow may have at most " + MAX_SCENARIOS + " scenarios, got " + list.size()));
      return new Result(List.of(), problems);
    }
    Set<String> nodeIds =
        flow.nodes().stream().map(FlowNode::id).collect(Collectors.toUnmodifiableSet());
    Set<String> names = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      Scenario scenario = new Scope(i, list.get(i), nodeIds, problems).scenario();
      if (scenario != null && !names.add(scenario.name())) {
        problems.add(
            problem(
                "scenarios[" + i + "].name",
                "duplicate_name",
                "scenario "
                    + (i + 1)
                    + ": another scenario is already named '"
                    + scenario.name()
                    + "'"));
      }
      scenarios.add(scenario);
    }
    return new Result(problems.isEmpty() ? List.copyOf(scenarios) : List.of(), problems);
  }

  static Problem problem(String field, String code, String message) {
    return Problem.ofDocument(field, code, message);
  }

  /** One scenario being read: its problems say which one it is. */
  private static final class Scope {

    private final String path;
    private final JsonNode json;
    private final Set<String> nodeIds;
    private final List<Problem> problems;
    private String label;

    Scope(int index, JsonNode json, Set<String> nodeIds, List<Problem> problems) {
      this.path = "scenarios[" + index + "]";
      this.label = "scenario " + (index + 1);
      this.json = json;
      this.nodeIds = nodeIds;
      this.problems = problems;
    }

    Scenario scenario() {
      if (json == null || !json.isObject()) {
        add(path, "wrong_field_type", "must be an object");
        return null;
      }
      int before = problems.size();
      String name = text(json, "name", path + ".name", true);
      if (name != null) {
        if (name.isBlank() || name.length() > 200) {
          add(path + ".name", "invalid_value", "'name' must have 1 to 200 characters");
        }
        label = "scenario '" + name + "'";
      }
      unknownFields(json, SCENARIO_FIELDS, path);
      List<CallerStep> steps = steps(json.get("caller"));
      Expectation expect = expectation(json.get("expect"));
      long maxMs = number(json, "max_ms", path + ".max_ms", Scenario.DEFAULT_MAX_MS, MAX_CALL_MS);
      if (maxMs == 0) {
        add(path + ".max_ms", "invalid_value", "'max_ms' must be at least 1");
      }
      List<VirtualPhone> phones = new ScenarioPhones(this::add).read(json.get("phones"), path);
      return problems.size() == before ? new Scenario(name, steps, expect, maxMs, phones) : null;
    }

    private List<CallerStep> steps(JsonNode caller) {
      if (caller == null || caller.isNull()) {
        return List.of();
      }
      if (!caller.isArray() || caller.size() > MAX_STEPS) {
        add(
            path + ".caller",
            "wrong_field_type",
            "'caller' must be a list of at most " + MAX_STEPS + " steps");
        return List.of();
      }
      List<CallerStep> steps = new ArrayList<>();
      for (int i = 0; i < caller.size(); i++) {
        steps.add(step(caller.get(i), path + ".caller[" + i + "]", i + 1));
      }
      return steps;
    }

    private CallerStep step(JsonNode step, String at, int number) {
      String where = "step " + number;
      if (step == null || !step.isObject()) {
        add(at, "wrong_field_type", where + " must be an object");
        return null;
      }
      unknownFields(step, STEP_FIELDS, at);
      String keys = text(step, "press", at + ".press", false);
      boolean hangUp = step.has("hang_up") || step.has("hang_up_after_ms");
      if (step.has("hang_up")
          && !(step.get("hang_up").isBoolean() && step.get("hang_up").booleanValue())) {
        add(at + ".hang_up", "invalid_value", where + ": 'hang_up' can only be true");
      }
      if ((keys == null) == !hangUp) {
        add(at, "invalid_value", where + ": needs exactly one of 'press' or 'hang_up'");
      }
      if (keys != null && !KEYS.matcher(keys).matches()) {
        add(
            at + ".press",
            "invalid_value",
            where + ": 'press' must be 1 to 32 of 0-9, *, #, A-D, got '" + keys + "'");
      }
      long after = number(step, "after_ms", at + ".after_ms", 0, MAX_CALL_MS);
      if (step.has("hang_up_after_ms")) {
        if (step.has("after_ms")) {
          add(
              at + ".hang_up_after_ms",
              "invalid_value",
              where + ": give 'after_ms' or 'hang_up_after_ms', not both");
        }
        after = number(step, "hang_up_after_ms", at + ".hang_up_after_ms", 0, MAX_CALL_MS);
      }
      String node = text(step, "at", at + ".at", false);
      if (node != null && !nodeIds.contains(node)) {
        add(at + ".at", "unknown_node", where + ": the flow has no node '" + node + "'");
      }
      long visit = number(step, "visit", at + ".visit", 0, 1000);
      if (step.has("visit") && (node == null || visit == 0)) {
        add(at + ".visit", "invalid_value", where + ": 'visit' (1 or more) goes with 'at'");
      }
      return new CallerStep(hangUp ? null : keys, node, (int) visit, after);
    }

    private Expectation expectation(JsonNode expect) {
      String at = path + ".expect";
      if (expect == null || expect.isNull()) {
        return new Expectation(null, null, null);
      }
      if (!expect.isObject()) {
        add(at, "wrong_field_type", "'expect' must be an object");
        return null;
      }
      unknownFields(expect, EXPECT_FIELDS, at);
      List<String> heard = strings(expect.get("heard"), at + ".heard");
      List<String> nodes = strings(expect.get("path"), at + ".path");
      if (nodes != null) {
        for (int i = 0; i < nodes.size(); i++) {
          if (!nodeIds.contains(nodes.get(i))) {
            add(
                at + ".path[" + i + "]",
                "unknown_node",
                "'path' names node '" + nodes.get(i) + "', which the flow does not have");
          }
        }
      }
      String by = text(expect, "hangup_by", at + ".hangup_by", false);
      if (by != null && !by.equals("local") && !by.equals("remote")) {
        add(
            at + ".hangup_by",
            "invalid_value",
            "'hangup_by' must be 'local' or 'remote', got '" + by + "'");
      }
      return new Expectation(heard, nodes, by);
    }

    private List<String> strings(JsonNode list, String at) {
      if (list == null || list.isNull()) {
        return null;
      }
      if (!list.isArray() || list.size() > 10_000) {
        add(at, "wrong_field_type", "must be a list of strings");
        return null;
      }
      List<String> values = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        if (!list.get(i).isString()) {
          add(at + "[" + i + "]", "wrong_field_type", "must be a string");
        } else {
          values.add(list.get(i).stringValue());
        }
      }
      return values;
    }

    private String text(JsonNode object, String field, String at, boolean required) {
      JsonNode value = object.get(field);
      if (value == null || value.isNull()) {
        if (required) {
          add(at, "missing_field", "missing '" + field + "'");
        }
        return null;
      }
      if (!value.isString()) {
        add(at, "wrong_field_type", "'" + field + "' must be a string");
        return null;
      }
      return value.stringValue();
    }

    private long number(JsonNode object, String field, String at, long absent, long max) {
      JsonNode value = object.get(field);
      if (value == null || value.isNull()) {
        return absent;
      }
      if (!value.isIntegralNumber() || value.longValue() < 0 || value.longValue() > max) {
        add(
            at,
            "invalid_value",
            "'" + field + "' must be a whole number from 0 to " + max + ", got " + value);
        return absent;
      }
      return value.longValue();
    }

    private void unknownFields(JsonNode object, Set<String> known, String at) {
      for (String field : object.propertyNames()) {
        if (!known.contains(field)) {
          add(
              at + "." + field,
              "unknown_field",
              "unknown field '"
                  + field
                  + "'; expected "
                  + String.join(", ", known.stream().sorted().toList()));
        }
      }
    }

    private void add(String field, String code, String message) {
      problems.add(problem(field, code, label + ": " + message));
    }
  }
}
