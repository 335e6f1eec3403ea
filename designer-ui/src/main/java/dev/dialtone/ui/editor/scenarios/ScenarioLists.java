package dev.dialtone.ui.editor.scenarios;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The scenario list as the person edits it: JSON text that may be half typed. These helpers never
 * fail on bad text; checking it is the service's job, which names every problem.
 */
final class ScenarioLists {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ScenarioLists() {}

  /** The names in the list, for choosing one to run; empty when the text is not a list yet. */
  static List<String> names(String text) {
    List<String> names = new ArrayList<>();
    array(text)
        .forEach(
            item -> {
              if (item.path("name").isString()) {
                names.add(item.path("name").stringValue());
              }
            });
    return names;
  }

  /**
   * The list with {@code scenario} added under a name no other has ("recorded run", "recorded run
   * 2", …); a text that is not a list starts a new one.
   */
  static String append(String text, ObjectNode scenario) {
    ArrayNode list = array(text);
    Set<String> taken = new HashSet<>(names(text));
    String base = scenario.path("name").stringValue();
    String name = base;
    for (int i = 2; taken.contains(name); i++) {
      name = base + " " + i;
    }
    scenario.put("name", name);
    list.add(scenario);
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(list);
  }

  /** The body that runs the whole list, or only the scenario named {@code only}. */
  static String runBody(String text, String only) {
    JsonNode list;
    try {
      list = JSON.readTree(text == null || text.isBlank() ? "[]" : text);
    } catch (JacksonException e) {
      // let the service say what is wrong: it reads the same text and names the problem
      return "{\"scenarios\": " + JSON.valueToTree(text) + "}";
    }
    if (only != null && list.isArray()) {
      ArrayNode one = JSON.createArrayNode();
      list.forEach(
          item -> {
            if (only.equals(item.path("name").asString(null))) {
              one.add(item);
            }
          });
      list = one;
    }
    ObjectNode body = JSON.createObjectNode();
    body.set("scenarios", list);
    return body.toString();
  }

  private static ArrayNode array(String text) {
    try {
      JsonNode node = JSON.readTree(text == null || text.isBlank() ? "[]" : text);
      return node instanceof ArrayNode list ? list : JSON.createArrayNode();
    } catch (JacksonException e) {
      return JSON.createArrayNode();
    }
  }
}
