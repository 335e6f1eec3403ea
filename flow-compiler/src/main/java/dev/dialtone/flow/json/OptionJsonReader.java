package dev.dialtone.flow.json;

import static dev.dialtone.flow.ProblemCodes.UNKNOWN_OPTION;
import static dev.dialtone.flow.ProblemCodes.WRONG_FIELD_TYPE;
import static dev.dialtone.flow.ProblemCodes.WRONG_OPTION_TYPE;

import dev.dialtone.flow.Problem;
import dev.dialtone.flow.nodes.Destinations;
import dev.dialtone.flow.nodes.NodeType;
import dev.dialtone.flow.nodes.OptionSpec;
import dev.dialtone.flow.nodes.OptionType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Reads a node's {@code options} object into Java values, rejecting names the node type does not
 * declare and values of the wrong JSON type. Value rules (ranges, patterns) are validation's job.
 */
final class OptionJsonReader {

  Map<String, Object> read(
      JsonNode options, NodeType type, String id, String label, List<Problem> problems) {
    Map<String, Object> values = new LinkedHashMap<>();
    if (options == null) {
      return values;
    }
    if (!options.isObject()) {
      problems.add(
          Problem.ofNode(
              id,
              "options",
              WRONG_FIELD_TYPE,
              label + ": 'options' must be an object, got " + Json.kind(options)));
      return values;
    }
    if (type == null) {
      return values; // the unknown type is reported; its options cannot be judged
    }
    for (Map.Entry<String, JsonNode> option : options.properties()) {
      String name = option.getKey();
      Optional<OptionSpec> spec = type.option(name);
      if (spec.isEmpty()) {
        problems.add(
            Problem.ofNode(
                id,
                name,
                UNKNOWN_OPTION,
                label
                    + ": unknown option '"
                    + name
                    + "' for type '"
                    + type.name()
                    + "'"
                    + known(type)));
        continue;
      }
      OptionType expected = spec.get().type();
      Object value = value(option.getValue(), expected);
      if (value == null) {
        problems.add(
            Problem.ofNode(
                id,
                name,
                WRONG_OPTION_TYPE,
                label
                    + ": option '"
                    + name
                    + "' must be "
                    + expected.label()
                    + ", got "
                    + Json.show(option.getValue())));
      } else {
        values.put(name, value);
      }
    }
    return values;
  }

  /** The Java value of {@code json} if it has the expected type, else null. */
  private static Object value(JsonNode json, OptionType expected) {
    return switch (expected) {
      case STRING, GROUP -> json.isString() ? json.stringValue() : null;
      case INTEGER -> json.isIntegralNumber() && json.canConvertToLong() ? json.longValue() : null;
      case BOOLEAN -> json.isBoolean() ? json.booleanValue() : null;
      case STRING_LIST -> strings(json);
      case DESTINATION -> destination(json);
      case DESTINATION_LIST -> destinations(json);
    };
  }

  private static Map<String, Object> destination(JsonNode json) {
    if (!json.isObject() || json.size() != 2) {
      return null;
    }
    JsonNode type = json.get(Destinations.TYPE);
    JsonNode target = json.get(Destinations.TARGET);
    if (type == null || !type.isString() || target == null || !target.isString()) {
      return null;
    }
    return Destinations.of(type.stringValue(), target.stringValue());
  }

  private static List<Map<String, Object>> destinations(JsonNode json) {
    if (!json.isArray()) {
      return null;
    }
    List<Map<String, Object>> destinations = new ArrayList<>();
    for (JsonNode item : json) {
      Map<String, Object> destination = destination(item);
      if (destination == null) {
        return null;
      }
      destinations.add(destination);
    }
    return destinations;
  }

  private static List<String> strings(JsonNode json) {
    if (!json.isArray()) {
      return null;
    }
    List<String> strings = new ArrayList<>();
    for (JsonNode item : json) {
      if (!item.isString()) {
        return null;
      }
      strings.add(item.stringValue());
    }
    return strings;
  }

  private static String known(NodeType type) {
    List<String> names = type.options().stream().map(OptionSpec::name).toList();
    return names.isEmpty() ? " (it has no options)" : "; expected " + String.join(", ", names);
  }
}
