package dev.dialtone.ui.scenarios;

import dev.dialtone.runtime.problems.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The list inside a {@code {"scenarios": [...]}} request body. */
final class ScenarioBodies {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ScenarioBodies() {}

  static String list(String body) {
    JsonNode root;
    try {
      root = JSON.readTree(body == null ? "" : body);
    } catch (JacksonException e) {
      throw InvalidInputException.of(null, "not_json", "not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject() || !root.has("scenarios") || root.size() != 1) {
      throw InvalidInputException.of(
          "scenarios", "missing_field", "the body must be {\"scenarios\": [...]} and nothing else");
    }
    return root.get("scenarios").toString();
  }
}
