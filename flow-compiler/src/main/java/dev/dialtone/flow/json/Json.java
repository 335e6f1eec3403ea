package dev.dialtone.flow.json;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The one mapper configuration of the module. */
final class Json {

  // A key given twice would otherwise silently keep the last value.
  static final JsonMapper MAPPER =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private Json() {}

  /** A JSON value as a person would read it in a message. */
  static String show(JsonNode value) {
    String text = value.toString();
    return text.length() > 80 ? text.substring(0, 77) + "..." : text;
  }

  static String kind(JsonNode value) {
    if (value.isString()) {
      return "a string";
    } else if (value.isIntegralNumber()) {
      return "an integer";
    } else if (value.isNumber()) {
      return "a number";
    } else if (value.isBoolean()) {
      return "a boolean";
    } else if (value.isArray()) {
      return "a list";
    } else if (value.isObject()) {
      return "an object";
    }
    return "null";
  }
}
